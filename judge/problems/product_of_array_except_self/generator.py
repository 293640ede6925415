"""Input generators for product_except_self: n is the length of nums.

Filler values are +1 and -1; a few values of larger magnitude (2 to 30) are planted so
that the product of all nonzero magnitudes stays within 2**31 - 1. Then every prefix and
suffix product, and every answer, fits in a signed 32-bit integer at every n.

The family with a zero plants no larger magnitudes: its products are -1, 0 and 1 only.
Otherwise the textbook O(1)-space answer (prefix products stored in the answer, then
multiplied by suffix products) would hold n big int objects mid-call that the zeros then
replace with the cached 0, and its peak memory would grow like O(n) beyond the answer.
"""

import random

LIMIT = 30
MAX_MAGNITUDE = 2**31 - 1


def _nums(n: int, rng: random.Random, *, plant: bool = True) -> list[int]:
    """n values of magnitude 1 with (if plant) up to n // 2 planted larger magnitudes."""
    n = max(n, 2)
    nums = rng.choices((-1, 1), k=n)
    if not plant:
        return nums
    magnitudes = []
    total = 1
    while len(magnitudes) < n // 2:
        m = rng.randint(2, LIMIT)
        if total * m > MAX_MAGNITUDE:
            break
        total *= m
        magnitudes.append(m)
    for i, m in zip(rng.sample(range(n), len(magnitudes)), magnitudes):
        nums[i] = -m if rng.getrandbits(1) else m
    return nums


def generate(n: int, rng: random.Random) -> dict:
    """No zero: every answer is a nonzero product of n - 1 numbers."""
    return {"nums": _nums(n, rng)}


def generate_zero_at_end(n: int, rng: random.Random) -> dict:
    """The only zero is the last number, so every answer but the last is 0: a loop that
    stops multiplying at the first zero it meets still walks the whole list for every
    index, and a division-based shortcut must special-case it."""
    nums = _nums(n, rng, plant=False)
    nums[-1] = 0
    return {"nums": nums}


def validate(input: dict) -> str | None:
    nums = input.get("nums")
    if not isinstance(nums, list) or len(nums) < 2:
        return "nums must be a list of at least 2 integers"
    if not all(isinstance(x, int) and not isinstance(x, bool) and -LIMIT <= x <= LIMIT for x in nums):
        return "every nums[i] must be an integer in [-30, 30]"
    for name, order in (("prefix", nums), ("suffix", reversed(nums))):
        product = 1
        for x in order:
            product *= x
            if not -(2**31) <= product <= MAX_MAGNITUDE:
                return f"a {name} product ({product}) does not fit in a signed 32-bit integer"
    return None
