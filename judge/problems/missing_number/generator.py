"""Input generators for missing_number: n is the length of nums (n distinct numbers taken
from 0..n, one of them missing).

Searching the list for each candidate 0, 1, 2, ... in turn is quadratic when the missing
number comes last and every candidate sits far into the list (reversed order).
"""

import random


def _without(n: int, missing: int) -> list[int]:
    return [x for x in range(n + 1) if x != missing]


def generate(n: int, rng: random.Random) -> dict:
    """0..n in random order without one random number."""
    n = max(n, 1)
    nums = _without(n, rng.randint(0, n))
    rng.shuffle(nums)
    return {"nums": nums}


def generate_missing_last_reversed(n: int, rng: random.Random) -> dict:
    """[n - 1, ..., 1, 0]: n is missing, and each candidate i sits at index n - 1 - i."""
    n = max(n, 1)
    return {"nums": list(range(n - 1, -1, -1))}


def generate_missing_last_shuffled(n: int, rng: random.Random) -> dict:
    """0..n - 1 in random order: the missing number is n, the largest one."""
    n = max(n, 1)
    nums = list(range(n))
    rng.shuffle(nums)
    return {"nums": nums}


def generate_missing_zero_sorted(n: int, rng: random.Random) -> dict:
    """[1, 2, ..., n]: 0 is missing and the rest is sorted."""
    n = max(n, 1)
    return {"nums": list(range(1, n + 1))}


def validate(input: dict) -> str | None:
    nums = input.get("nums")
    if not isinstance(nums, list) or not nums:
        return "nums must be a non-empty list of integers"
    n = len(nums)
    if not all(isinstance(x, int) and not isinstance(x, bool) and 0 <= x <= n for x in nums):
        return "every nums[i] must be an integer in [0, len(nums)]"
    if len(set(nums)) != n:
        return "the numbers must be distinct"
    return None
