"""Input generators for search: n is the length of nums.

Up to LeetCode's length limit (5000) nums and an absent target are distinct draws from
[-10**4, 10**4]; longer lists (which only the complexity phase uses) cannot stay distinct
in that range, so they are built from random gaps of 2 to 5 starting in
[-10**9, -5 * 10**8], and value + 1 is never in them.
"""

import random
from itertools import accumulate, pairwise

LIMIT_N = 5000
SMALL = 10**4
WIDE = 10**9


def _sorted_with_absent(n: int, rng: random.Random) -> tuple[list[int], int]:
    """n distinct increasing integers, and a value in their range that is not among them."""
    if n <= LIMIT_N:
        values = rng.sample(range(-SMALL, SMALL + 1), n + 1)
        absent = values.pop()
        return sorted(values), absent
    start = rng.randint(-WIDE, -WIDE // 2)
    nums = list(accumulate(rng.choices((2, 3, 4, 5), k=n), initial=start))[1:]
    where = rng.randrange(4)
    if where == 0:
        absent = nums[0] - 1
    elif where == 1:
        absent = nums[-1] + 1
    else:
        absent = nums[rng.randrange(n)] + 1
    return nums, absent


def _rotate(nums: list[int], k: int) -> list[int]:
    """The last k values moved to the front (0 <= k < len(nums))."""
    return nums[len(nums) - k:] + nums[:len(nums) - k]


def generate(n: int, rng: random.Random) -> dict:
    """A random rotation and a target that is present at a random position."""
    n = max(n, 1)
    nums, _ = _sorted_with_absent(n, rng)
    nums = _rotate(nums, rng.randrange(n))
    return {"nums": nums, "target": nums[rng.randrange(n)]}


def generate_absent(n: int, rng: random.Random) -> dict:
    """A random rotation and a missing target: a scan must read every value to say -1."""
    n = max(n, 1)
    nums, absent = _sorted_with_absent(n, rng)
    return {"nums": _rotate(nums, rng.randrange(n)), "target": absent}


def generate_pivot_at_end(n: int, rng: random.Random) -> dict:
    """Rotated so that the minimum is the last value, which is also the target: a scan from
    the left for the rotation point, or for the target, reads everything."""
    n = max(n, 1)
    nums, _ = _sorted_with_absent(n, rng)
    nums = _rotate(nums, n - 1)
    return {"nums": nums, "target": nums[-1]}


def validate(input: dict) -> str | None:
    nums, target = input.get("nums"), input.get("target")
    if not isinstance(nums, list) or not nums:
        return "nums must be a non-empty list of integers"
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in nums):
        return "every nums[i] must be an integer"
    if not isinstance(target, int) or isinstance(target, bool):
        return "target must be an integer"
    bound = SMALL if len(nums) <= LIMIT_N else WIDE
    if not all(-bound <= x <= bound for x in nums) or not -bound <= target <= bound:
        return f"nums[i] and target must lie in [-{bound}, {bound}] for a list of {len(nums)} values"
    if len(set(nums)) != len(nums):
        return "the values must be distinct"
    drops = sum(1 for a, b in pairwise(nums) if a > b)
    if drops > 1 or (drops == 1 and nums[-1] > nums[0]):
        return "nums must be an increasing list, possibly rotated"
    return None
