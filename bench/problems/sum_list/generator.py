import random


def generate(n: int, rng: random.Random) -> dict:
    return {"nums": [rng.randint(-10**6, 10**6) for _ in range(n)]}


def validate(input: dict) -> str | None:
    nums = input.get("nums")
    if not isinstance(nums, list) or not all(isinstance(x, int) for x in nums):
        return "nums must be a list of integers"
    return None
