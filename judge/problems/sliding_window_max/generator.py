"""Input generators for sliding_window_max: k is about n / 2."""

import random

LIMIT = 10**4


def generate(n: int, rng: random.Random) -> dict:
    """n random values in [-10**4, 10**4], k = n // 2."""
    n = max(n, 1)
    return {"nums": rng.choices(range(-LIMIT, LIMIT + 1), k=n), "k": max(1, n // 2)}


def generate_decreasing(n: int, rng: random.Random) -> dict:
    """Non-increasing values: the window maximum leaves the window at every step (the
    worst case for "rescan only when the maximum leaves")."""
    n = max(n, 1)
    nums = sorted(rng.choices(range(-LIMIT, LIMIT + 1), k=n), reverse=True)
    return {"nums": nums, "k": max(1, n // 2)}


def generate_increasing(n: int, rng: random.Random) -> dict:
    """Non-decreasing values: every new element becomes the maximum."""
    n = max(n, 1)
    return {"nums": sorted(rng.choices(range(-LIMIT, LIMIT + 1), k=n)), "k": max(1, n // 2)}


def validate(input: dict) -> str | None:
    nums, k = input.get("nums"), input.get("k")
    if not isinstance(nums, list) or not nums:
        return "nums must be a non-empty list of integers"
    if not all(isinstance(x, int) and -LIMIT <= x <= LIMIT for x in nums):
        return "every nums[i] must be an integer in [-10**4, 10**4]"
    if not isinstance(k, int) or not 1 <= k <= len(nums):
        return "k must be an integer with 1 <= k <= len(nums)"
    return None
