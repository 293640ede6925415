"""Input generators for meeting_rooms_ii.

n is len(intervals). Times stay within LeetCode's [0, 10**6]: at n = 2**18 there is still
room for n meetings one after another.
"""

import random

LIMIT = 10**6


def generate(n: int, rng: random.Random) -> dict:
    """n meetings in random order, each about as long as eight average gaps between
    starts: a few rooms' worth of overlap everywhere."""
    n = max(n, 1)
    span = max(2, min(LIMIT // 2, 16 * LIMIT // n))
    draw = rng.random
    intervals = []
    for _ in range(n):
        start = int(draw() * (LIMIT - span))
        intervals.append([start, start + 1 + int(draw() * span)])
    return {"intervals": intervals}


def generate_all_overlapping(n: int, rng: random.Random) -> dict:
    """Every meeting is running at time LIMIT / 2: n rooms."""
    n = max(n, 1)
    half = LIMIT // 2
    draw = rng.random
    return {"intervals": [[int(draw() * half), half + 1 + int(draw() * (half - 1))] for _ in range(n)]}


def generate_none_overlapping(n: int, rng: random.Random) -> dict:
    """n meetings one after another (about a quarter of them ending exactly when the next
    starts), shuffled: one room."""
    n = max(n, 1)
    step = LIMIT // n
    draw = rng.random
    intervals = []
    for i in range(n):
        start = i * step + int(draw() * (step // 2))
        end = (i + 1) * step if draw() < 0.25 else start + 1 + int(draw() * (step // 2))
        intervals.append([start, end])
    rng.shuffle(intervals)
    return {"intervals": intervals}


def generate_nested(n: int, rng: random.Random) -> dict:
    """Meetings nested inside each other, shuffled: all n run at the middle time."""
    n = max(n, 1)
    half = LIMIT // 2
    step = max(1, half // n)
    intervals = [[half - (i + 1) * step, half + (i + 1) * step - int(rng.random() * (step // 2))]
                 for i in range(n)]
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
        if not 0 <= iv[0] < iv[1] <= LIMIT:
            return f"{iv!r} must satisfy 0 <= start < end <= 10**6"
    return None
