import random


def generate(n: int, rng: random.Random) -> dict:
    """Values in [0, n): about 0.63 n distinct values, so the answer has Theta(n) items."""
    return {"nums": [rng.randrange(max(n, 1)) for _ in range(n)]}


def generate_distinct(n: int, rng: random.Random) -> dict:
    """A random permutation: every value is new (worst case for scans of the answer)."""
    nums = list(range(n))
    rng.shuffle(nums)
    return {"nums": nums}


def validate(input: dict) -> str | None:
    nums = input.get("nums")
    if not isinstance(nums, list) or not all(isinstance(x, int) for x in nums):
        return "nums must be a list of integers"
    return None
