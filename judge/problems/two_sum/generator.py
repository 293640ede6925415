"""Input generators for two_sum.

Filler values are multiples of 4 and the planted pair values are both 1 mod 4, with the
target 2 mod 4: filler + filler is 0 mod 4 and filler + pair is 1 mod 4, so the planted
pair is the only one that reaches the target.
"""

import random
from collections import Counter

LIMIT = 10**9


def _filler(n: int, rng: random.Random) -> list[int]:
    """n values, each a multiple of 4 in about [-5.4e8, 5.4e8] (duplicates allowed)."""
    bits = rng.getrandbits
    return [(bits(28) - (1 << 27)) * 4 for _ in range(n)]


def _planted(n: int, rng: random.Random, i: int, j: int) -> dict:
    nums = _filler(n, rng)
    a = (rng.getrandbits(27) - (1 << 26)) * 4 + 1
    b = (rng.getrandbits(27) - (1 << 26)) * 4 + 1
    nums[i], nums[j] = a, b
    return {"nums": nums, "target": a + b}


def generate(n: int, rng: random.Random) -> dict:
    """n numbers with one planted pair at random positions."""
    n = max(n, 2)
    i, j = rng.sample(range(n), 2)
    return _planted(n, rng, i, j)


def generate_pair_at_end(n: int, rng: random.Random) -> dict:
    """The pair is the last two numbers: the worst case for the double loop."""
    n = max(n, 2)
    return _planted(n, rng, n - 2, n - 1)


def validate(input: dict) -> str | None:
    """Check the constraints, including that exactly one pair reaches the target."""
    nums, target = input.get("nums"), input.get("target")
    if not isinstance(nums, list) or len(nums) < 2:
        return "nums must be a list of at least 2 integers"
    if not all(isinstance(x, int) and -LIMIT <= x <= LIMIT for x in nums):
        return "every nums[i] must be an integer in [-10**9, 10**9]"
    if not isinstance(target, int) or not -LIMIT <= target <= LIMIT:
        return "target must be an integer in [-10**9, 10**9]"
    counts = Counter(nums)
    pairs = 0
    for x, c in counts.items():
        y = target - x
        if x < y:
            pairs += c * counts.get(y, 0)
        elif x == y:
            pairs += c * (c - 1) // 2
    if pairs != 1:
        return f"exactly one pair must add up to target, found {pairs}"
    return None
