"""Input generators for meeting_rooms.

n is len(intervals). Times stay within LeetCode's [0, 10**6]: at n = 2**18 there is still
room for n meetings one after another.
"""

import random

LIMIT = 10**6


def _back_to_back(n: int, rng: random.Random) -> list[list[int]]:
    """n meetings one after another, about a quarter of them ending exactly when the next
    starts, in time order."""
    step = LIMIT // n
    draw = rng.random
    intervals = []
    for i in range(n):
        start = i * step + int(draw() * (step // 2))
        end = (i + 1) * step if draw() < 0.25 else start + 1 + int(draw() * (step // 2))
        intervals.append([start, end])
    return intervals


def generate(n: int, rng: random.Random) -> dict:
    """Meetings one after another, shuffled; half the time one meeting is stretched to
    clash with the next, so answers of both kinds come up."""
    n = max(n, 1)
    intervals = _back_to_back(n, rng)
    if n > 1 and rng.random() < 0.5:
        i = rng.randrange(n - 1)
        intervals[i][1] = intervals[i + 1][0] + 1
    rng.shuffle(intervals)
    return {"intervals": intervals}


def generate_none_overlapping(n: int, rng: random.Random) -> dict:
    """Meetings one after another, shuffled: every pair has to be ruled out."""
    n = max(n, 1)
    intervals = _back_to_back(n, rng)
    rng.shuffle(intervals)
    return {"intervals": intervals}


def generate_last_pair_overlapping(n: int, rng: random.Random) -> dict:
    """Meetings one after another except that the last two (by time) clash, shuffled."""
    n = max(n, 2)
    intervals = _back_to_back(n, rng)
    intervals[-2][1] = intervals[-1][0] + 1
    rng.shuffle(intervals)
    return {"intervals": intervals}


def validate(input: dict) -> str | None:
    intervals = input.get("intervals")
    if not isinstance(intervals, list):
        return "intervals must be a list of [start, end] pairs"
    for iv in intervals:
        if not (isinstance(iv, list) and len(iv) == 2 and all(isinstance(x, int) and not isinstance(x, bool)
                                                             for x in iv)):
            return f"{iv!r} is not a [start, end] pair of integers"
        if not 0 <= iv[0] < iv[1] <= LIMIT:
            return f"{iv!r} must satisfy 0 <= start < end <= 10**6"
    return None
