import random


def generate(n: int, rng: random.Random) -> dict:
    """n integers in non-decreasing order (random steps, duplicates possible)."""
    value = rng.randint(-10**9, -10**9 + 1000)
    nums = []
    for _ in range(max(n, 1)):
        value += rng.randint(0, 1000)
        nums.append(value)
    return {"nums": nums}


def validate(input: dict) -> str | None:
    nums = input.get("nums")
    if not isinstance(nums, list) or not nums or not all(isinstance(x, int) for x in nums):
        return "nums must be a non-empty list of integers"
    if any(a > b for a, b in zip(nums, nums[1:])):
        return "nums must be sorted"
    return None
