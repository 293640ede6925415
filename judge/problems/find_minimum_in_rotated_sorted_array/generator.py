"""Input generators for find_min: n is the length of nums.

Up to LeetCode's length limit (5000) the values are distinct draws from [-5000, 5000];
longer lists (which only the complexity phase uses) cannot stay distinct in that range,
so they are built from random gaps of 1 to 4 starting in [-10**9, -5 * 10**8].
"""

import random
from itertools import accumulate, pairwise

LIMIT_N = 5000
SMALL = 5000
WIDE = 10**9


def _sorted_distinct(n: int, rng: random.Random) -> list[int]:
    """n distinct increasing integers, in LeetCode's value range while n <= 5000."""
    if n <= LIMIT_N:
        return sorted(rng.sample(range(-SMALL, SMALL + 1), n))
    start = rng.randint(-WIDE, -WIDE // 2)
    return list(accumulate(rng.choices((1, 2, 3, 4), k=n), initial=start))[1:]


def _rotated(n: int, rng: random.Random, k: int | None = None) -> dict:
    """The sorted list rotated by k (1 <= k <= n): its last k values moved to the front."""
    n = max(n, 1)
    nums = _sorted_distinct(n, rng)
    if k is None:
        k = rng.randint(1, n)
    return {"nums": nums[n - k:] + nums[:n - k]}


def generate(n: int, rng: random.Random) -> dict:
    """A random rotation: the minimum is anywhere."""
    return _rotated(n, rng)


def generate_sorted(n: int, rng: random.Random) -> dict:
    """Rotated n times, i.e. sorted: there is no drop, so a scan for it reads everything,
    from either end."""
    return _rotated(n, rng, max(n, 1))


def generate_min_last(n: int, rng: random.Random) -> dict:
    """Rotated once: the minimum is the last value, the drop sits at the very end."""
    return _rotated(n, rng, 1)


def validate(input: dict) -> str | None:
    nums = input.get("nums")
    if not isinstance(nums, list) or not nums:
        return "nums must be a non-empty list of integers"
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in nums):
        return "every nums[i] must be an integer"
    bound = SMALL if len(nums) <= LIMIT_N else WIDE
    if not all(-bound <= x <= bound for x in nums):
        return f"every nums[i] must lie in [-{bound}, {bound}] for a list of {len(nums)} values"
    drops = sum(1 for a, b in pairwise(nums) if a > b)
    if any(a == b for a, b in pairwise(nums)) or len(set(nums)) != len(nums):
        return "the values must be distinct"
    if drops > 1 or (drops == 1 and nums[-1] > nums[0]):
        return "nums must be an increasing list rotated 1 to n times"
    return None
