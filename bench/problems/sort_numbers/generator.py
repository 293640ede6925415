import random


def generate(n: int, rng: random.Random) -> dict:
    """Random integers in random order (the case that costs timsort n log n)."""
    return {"nums": [rng.randint(-10**9, 10**9) for _ in range(n)]}


def generate_reversed(n: int, rng: random.Random) -> dict:
    """Strictly decreasing input: worst case for insertion-style sorts."""
    start = rng.randint(-10**6, 10**6)
    return {"nums": [start + 3 * (n - i) for i in range(n)]}


def validate(input: dict) -> str | None:
    nums = input.get("nums")
    if not isinstance(nums, list) or not all(isinstance(x, int) for x in nums):
        return "nums must be a list of integers"
    return None
