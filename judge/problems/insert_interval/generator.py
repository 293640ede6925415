"""Input generators for insert_interval.

n is len(intervals). Values go up to 10**9 (wider than LeetCode's 10**5) so that n
pairwise disjoint intervals fit at every ladder size.
"""

import random
from itertools import pairwise

LIMIT = 10**9


def _disjoint(n: int, rng: random.Random, low: int = 0, high: int = LIMIT) -> list[list[int]]:
    """n sorted, pairwise disjoint intervals inside [low, high]: interval i lies in the
    i-th of n equal slots, with a gap of at least 1 before the next slot."""
    step = (high - low) // max(n, 1)
    half = step // 2
    draw = rng.random
    intervals = []
    for i in range(n):
        a = low + i * step + int(draw() * half)
        intervals.append([a, a + int(draw() * half)])
    return intervals


def generate(n: int, rng: random.Random) -> dict:
    """Random disjoint intervals; the new interval starts anywhere and covers up to a
    quarter of the range, so it absorbs anything from none to a quarter of them."""
    n = max(n, 1)
    start = rng.randrange(LIMIT)
    end = min(LIMIT, start + rng.randrange(LIMIT // 4))
    return {"intervals": _disjoint(n, rng), "new_interval": [start, end]}


def generate_spanning(n: int, rng: random.Random) -> dict:
    """The new interval covers the whole range: every interval merges into it."""
    return {"intervals": _disjoint(max(n, 1), rng, 1, LIMIT - 1), "new_interval": [0, LIMIT]}


def generate_none_overlapping(n: int, rng: random.Random) -> dict:
    """The new interval falls in the gap between the middle two intervals: nothing
    merges and the answer holds n + 1 intervals."""
    n = max(n, 2)
    intervals = _disjoint(n, rng)
    left, right = intervals[n // 2 - 1][1], intervals[n // 2][0]
    start = rng.randint(left + 1, right - 1)
    return {"intervals": intervals, "new_interval": [start, rng.randint(start, right - 1)]}


def generate_nested(n: int, rng: random.Random) -> dict:
    """The new interval sits inside the middle interval: it changes nothing."""
    n = max(n, 1)
    intervals = _disjoint(n, rng)
    a, b = intervals[n // 2]
    start = rng.randint(a, b)
    return {"intervals": intervals, "new_interval": [start, rng.randint(start, b)]}


def validate(input: dict) -> str | None:
    intervals, new = input.get("intervals"), input.get("new_interval")
    if not isinstance(intervals, list):
        return "intervals must be a list of [start, end] pairs"
    for iv in [*intervals, new]:
        if not (isinstance(iv, list) and len(iv) == 2 and all(isinstance(x, int) and not isinstance(x, bool)
                                                             for x in iv)):
            return f"{iv!r} is not a [start, end] pair of integers"
        if not 0 <= iv[0] <= iv[1] <= LIMIT:
            return f"{iv!r} must satisfy 0 <= start <= end <= 10**9"
    for a, b in pairwise(intervals):
        if not a[1] < b[0]:
            return f"intervals must be sorted and pairwise disjoint, but {a!r} is followed by {b!r}"
    return None
