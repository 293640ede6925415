"""Input generators for binary_search.

The list is built from random gaps of 2 to 5, so value + 1 is never in it.
"""

import random
from itertools import accumulate, pairwise

LIMIT = 10**9


def _sorted_distinct(n: int, rng: random.Random) -> list[int]:
    start = rng.randint(-LIMIT, -LIMIT // 2)
    gaps = rng.choices((2, 3, 4, 5), k=n)
    return list(accumulate(gaps, initial=start))[1:]


def generate(n: int, rng: random.Random) -> dict:
    """A target that is present, at a random position."""
    nums = _sorted_distinct(max(n, 1), rng)
    return {"nums": nums, "target": nums[rng.randrange(len(nums))]}


def generate_absent(n: int, rng: random.Random) -> dict:
    """A target that is missing: in a gap, below the first or above the last value.
    A linear scan must look at everything to say -1."""
    nums = _sorted_distinct(max(n, 1), rng)
    where = rng.randrange(4)
    if where == 0:
        target = nums[0] - 1
    elif where == 1:
        target = nums[-1] + 1
    else:
        target = nums[rng.randrange(len(nums))] + 1
    return {"nums": nums, "target": target}


def generate_last(n: int, rng: random.Random) -> dict:
    """The target is the last element: the worst case for a scan from the left."""
    nums = _sorted_distinct(max(n, 1), rng)
    return {"nums": nums, "target": nums[-1]}


def validate(input: dict) -> str | None:
    nums, target = input.get("nums"), input.get("target")
    if not isinstance(nums, list) or not all(isinstance(x, int) for x in nums):
        return "nums must be a list of integers"
    if not isinstance(target, int):
        return "target must be an integer"
    if any(not -LIMIT <= x <= LIMIT for x in nums) or not -LIMIT <= target <= LIMIT:
        return "values must lie in [-10**9, 10**9]"
    if any(a >= b for a, b in pairwise(nums)):
        return "nums must be strictly increasing"
    return None
