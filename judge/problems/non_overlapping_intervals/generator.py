"""Input generators for non_overlapping_intervals.

n is len(intervals). Values go up to +-10**9 (wider than LeetCode's +-5 * 10**4) so that
n pairwise disjoint intervals fit at every ladder size.
"""

import random

LIMIT = 10**9


def generate(n: int, rng: random.Random) -> dict:
    """n intervals in random order with lengths comparable to the gaps between starts:
    some overlap, some do not."""
    n = max(n, 1)
    spread = max(2, min(LIMIT // 2, 2 * LIMIT // n))
    draw = rng.random
    intervals = []
    for _ in range(n):
        start = -LIMIT + int(draw() * (2 * LIMIT - 2 * spread))
        intervals.append([start, start + 1 + int(draw() * 2 * spread)])
    return {"intervals": intervals}


def generate_all_overlapping(n: int, rng: random.Random) -> dict:
    """Every interval contains 0: all but one must go."""
    n = max(n, 1)
    draw = rng.random
    return {"intervals": [[-1 - int(draw() * LIMIT), 1 + int(draw() * (LIMIT - 1))] for _ in range(n)]}


def generate_none_overlapping(n: int, rng: random.Random) -> dict:
    """n pairwise disjoint intervals (some touching), shuffled: nothing is removed."""
    n = max(n, 1)
    step = 2 * LIMIT // n
    draw = rng.random
    intervals = []
    for i in range(n):
        start = -LIMIT + i * step + int(draw() * (step // 2))
        end = -LIMIT + (i + 1) * step if draw() < 0.25 else start + 1 + int(draw() * (step // 2))
        intervals.append([start, end])
    rng.shuffle(intervals)
    return {"intervals": intervals}


def generate_nested(n: int, rng: random.Random) -> dict:
    """Intervals nested inside each other like onion layers, shuffled: only the
    innermost one can stay."""
    n = max(n, 1)
    step = LIMIT // n
    intervals = [[-(i + 1) * step, (i + 1) * step - int(rng.random() * (step // 2))] for i in range(n)]
    rng.shuffle(intervals)
    return {"intervals": intervals}


def validate(input: dict) -> str | None:
    intervals = input.get("intervals")
    if not isinstance(intervals, list) or not intervals:
        return "intervals must be a non-empty list of [start, end] pairs"
    for iv in intervals:
        if not (isinstance(iv, list) and len(iv) == 2 and all(isinstance(x, int) and not isinstance(x, bool)
                                                             for x in iv)):
            return f"{iv!r} is not a [start, end] pair of integers"
        if not -LIMIT <= iv[0] < iv[1] <= LIMIT:
            return f"{iv!r} must satisfy -10**9 <= start < end <= 10**9"
    return None
