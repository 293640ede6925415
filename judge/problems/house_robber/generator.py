"""Input generators for house_robber: n is the number of houses, len(nums)."""

import random

MAX_LEN = 1 << 20
MAX_AMOUNT = 400


def generate(n: int, rng: random.Random) -> dict:
    """n random amounts in [0, 400]."""
    n = max(n, 1)
    return {"nums": [rng.randint(0, MAX_AMOUNT) for _ in range(n)]}


def generate_skip_two(n: int, rng: random.Random) -> dict:
    """Rich houses two or three apart with poor ones between, so the best plan keeps
    switching between skipping one house and skipping two (alternating sums are wrong)."""
    n = max(n, 1)
    nums = []
    while len(nums) < n:
        nums.append(rng.randint(300, MAX_AMOUNT))
        nums.extend(rng.randint(0, 60) for _ in range(rng.randint(1, 2)))
    return {"nums": nums[:n]}


def validate(input: dict) -> str | None:
    nums = input.get("nums")
    if not isinstance(nums, list) or not 1 <= len(nums) <= MAX_LEN:
        return f"nums must be a list of 1 to {MAX_LEN:,} integers"
    if not all(isinstance(x, int) and not isinstance(x, bool) and 0 <= x <= MAX_AMOUNT for x in nums):
        return f"every nums[i] must be an integer in [0, {MAX_AMOUNT}]"
    return None
