"""Input generators for house_robber_ii: n is the number of houses around the circle, len(nums)."""

import random

MAX_LEN = 1 << 20
MAX_AMOUNT = 1000


def generate(n: int, rng: random.Random) -> dict:
    """n random amounts in [0, 1000]."""
    n = max(n, 1)
    return {"nums": [rng.randint(0, MAX_AMOUNT) for _ in range(n)]}


def generate_rich_ends(n: int, rng: random.Random) -> dict:
    """The first and the last house (neighbours on the circle) hold the most, with rich
    houses two or three apart between them: a plan for a straight street would take both ends."""
    n = max(n, 1)
    nums = []
    while len(nums) < n - 1:
        nums.append(rng.randint(800, MAX_AMOUNT))
        nums.extend(rng.randint(0, 150) for _ in range(rng.randint(1, 2)))
    nums = nums[:n - 1] + [MAX_AMOUNT]
    nums[0] = MAX_AMOUNT
    return {"nums": nums[:n]}


def validate(input: dict) -> str | None:
    nums = input.get("nums")
    if not isinstance(nums, list) or not 1 <= len(nums) <= MAX_LEN:
        return f"nums must be a list of 1 to {MAX_LEN:,} integers"
    if not all(isinstance(x, int) and not isinstance(x, bool) and 0 <= x <= MAX_AMOUNT for x in nums):
        return f"every nums[i] must be an integer in [0, {MAX_AMOUNT}]"
    return None
