"""Input generators for contains_duplicate.

All-distinct input is the worst case: no approach can stop early.
"""

import random

LIMIT = 10**9


def _distinct(n: int, rng: random.Random) -> list[int]:
    """n distinct values in [-10**9, 10**9], in random order."""
    return [x - LIMIT for x in rng.sample(range(2 * LIMIT + 1), n)]


def generate(n: int, rng: random.Random) -> dict:
    """n distinct values: the answer is False after a full scan."""
    return {"nums": _distinct(n, rng)}


def generate_late_duplicate(n: int, rng: random.Random) -> dict:
    """Distinct values except that the last one repeats the first: True, found last."""
    nums = _distinct(max(n, 2), rng)
    nums[-1] = nums[0]
    return {"nums": nums}


def validate(input: dict) -> str | None:
    nums = input.get("nums")
    if not isinstance(nums, list):
        return "nums must be a list of integers"
    if not all(isinstance(x, int) and -LIMIT <= x <= LIMIT for x in nums):
        return "every nums[i] must be an integer in [-10**9, 10**9]"
    return None
