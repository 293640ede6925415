import random


def generate(n: int, rng: random.Random) -> dict:
    """Values in [0, n] and target n: about n/2 matching pairs, about 0.63 n distinct values."""
    return {"nums": [rng.randint(0, n) for _ in range(n)], "target": n}


def generate_wide(n: int, rng: random.Random) -> dict:
    """Values from a wide range: almost all distinct, few or no pairs."""
    return {"nums": [rng.randint(-10**9, 10**9) for _ in range(n)], "target": rng.randint(-10**9, 10**9)}


def validate(input: dict) -> str | None:
    nums = input.get("nums")
    if not isinstance(nums, list) or not all(isinstance(x, int) for x in nums):
        return "nums must be a list of integers"
    if not isinstance(input.get("target"), int):
        return "target must be an integer"
    return None
