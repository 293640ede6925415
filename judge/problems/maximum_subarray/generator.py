"""Input generators for max_subarray."""

import random

LIMIT = 10**4


def generate(n: int, rng: random.Random) -> dict:
    """n random values in [-10**4, 10**4]."""
    return {"nums": rng.choices(range(-LIMIT, LIMIT + 1), k=max(n, 1))}


def generate_all_negative(n: int, rng: random.Random) -> dict:
    """Only negative values: the answer is a single element."""
    return {"nums": rng.choices(range(-LIMIT, 0), k=max(n, 1))}


def validate(input: dict) -> str | None:
    nums = input.get("nums")
    if not isinstance(nums, list) or not nums:
        return "nums must be a non-empty list of integers"
    if not all(isinstance(x, int) and -LIMIT <= x <= LIMIT for x in nums):
        return "every nums[i] must be an integer in [-10**4, 10**4]"
    return None
