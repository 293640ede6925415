import random


def generate(n: int, rng: random.Random) -> dict:
    """n large random values; target is the sum of a random subset (answer >= 1)."""
    nums = [rng.randint(1, 10**9) for _ in range(n)]
    target = sum(x for x in nums if rng.random() < 0.5)
    return {"nums": nums, "target": target}


def validate(input: dict) -> str | None:
    nums = input.get("nums")
    if not isinstance(nums, list) or not all(isinstance(x, int) and x > 0 for x in nums):
        return "nums must be a list of positive integers"
    if len(nums) > 40:
        return "at most 40 numbers"
    if not isinstance(input.get("target"), int):
        return "target must be an integer"
    return None
