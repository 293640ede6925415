"""Input generators for merge_intervals."""

import random

LIMIT = 10**9


def generate(n: int, rng: random.Random) -> dict:
    """n intervals in random order with lengths comparable to the gaps between starts,
    so that many (but not all) of them overlap."""
    n = max(n, 1)
    spread = max(2, LIMIT // n)
    intervals = []
    for _ in range(n):
        start = rng.randrange(LIMIT - 2 * spread)
        intervals.append([start, start + rng.randrange(2 * spread)])
    return {"intervals": intervals}


def generate_disjoint(n: int, rng: random.Random) -> dict:
    """n pairwise disjoint intervals, shuffled: nothing merges, so the output has n
    intervals (the worst case for merging into an unsorted result list)."""
    n = max(n, 1)
    step = LIMIT // n
    intervals = []
    for i in range(n):
        start = i * step
        intervals.append([start, start + rng.randrange(max(1, step - 1))])
    rng.shuffle(intervals)
    return {"intervals": intervals}


def generate_nested(n: int, rng: random.Random) -> dict:
    """One long interval that contains all the others: everything merges into one."""
    n = max(n, 1)
    intervals = [[0, LIMIT]]
    for _ in range(n - 1):
        a, b = sorted((rng.randrange(LIMIT + 1), rng.randrange(LIMIT + 1)))
        intervals.append([a, b])
    rng.shuffle(intervals)
    return {"intervals": intervals}


def validate(input: dict) -> str | None:
    intervals = input.get("intervals")
    if not isinstance(intervals, list) or not intervals:
        return "intervals must be a non-empty list of [start, end] pairs"
    for iv in intervals:
        if not (isinstance(iv, list) and len(iv) == 2 and all(isinstance(x, int) for x in iv)):
            return f"{iv!r} is not a [start, end] pair of integers"
        if not 0 <= iv[0] <= iv[1] <= LIMIT:
            return f"{iv!r} must satisfy 0 <= start <= end <= 10**9"
    return None
