"""Input generators for max_product: n is the length of nums.

Filler values are +1 and -1; a few values of magnitude 2 to 10 are planted so that the
product of the magnitudes in every zero-free stretch stays within 2**31 - 1. Then every
subarray's product fits in a signed 32-bit integer at every n.
"""

import random

LIMIT = 10
MAX_MAGNITUDE = 2**31 - 1


def _stretch(n: int, rng: random.Random, *, negative: bool = False) -> list[int]:
    """n zero-free values of magnitude 1, with up to n // 2 planted larger magnitudes."""
    nums = [-1] * n if negative else rng.choices((-1, 1), k=n)
    magnitudes = []
    total = 1
    while len(magnitudes) < n // 2:
        m = rng.randint(2, LIMIT)
        if total * m > MAX_MAGNITUDE:
            break
        total *= m
        magnitudes.append(m)
    for i, m in zip(rng.sample(range(n), len(magnitudes)), magnitudes):
        nums[i] = -m if negative or rng.getrandbits(1) else m
    return nums


def generate(n: int, rng: random.Random) -> dict:
    """Zero-free stretches of random lengths (about 64 on average) separated by zeros."""
    n = max(n, 1)
    nums: list[int] = []
    while len(nums) < n:
        if nums:
            nums.append(0)
        nums += _stretch(min(rng.randint(1, 128), n - len(nums)), rng)
    return {"nums": nums[:n]}


def generate_no_zero(n: int, rng: random.Random) -> dict:
    """One zero-free stretch: the best subarray can span almost the whole list."""
    return {"nums": _stretch(max(n, 1), rng)}


def generate_all_negative(n: int, rng: random.Random) -> dict:
    """Every number is negative: the signs of the running products alternate."""
    return {"nums": _stretch(max(n, 1), rng, negative=True)}


def generate_many_zeros(n: int, rng: random.Random) -> dict:
    """Every other number is zero and the rest are -1 to -10: every zero-free stretch is one
    negative number, so the answer is 0."""
    n = max(n, 1)
    return {"nums": [0 if i % 2 else -rng.randint(1, LIMIT) for i in range(n)]}


def validate(input: dict) -> str | None:
    nums = input.get("nums")
    if not isinstance(nums, list) or not nums:
        return "nums must be a non-empty list of integers"
    if not all(isinstance(x, int) and not isinstance(x, bool) and -LIMIT <= x <= LIMIT for x in nums):
        return "every nums[i] must be an integer in [-10, 10]"
    magnitude = 1
    for x in nums:
        magnitude = 1 if x == 0 else magnitude * abs(x)
        if magnitude > MAX_MAGNITUDE:
            return "a subarray's product does not fit in a signed 32-bit integer"
    return None
