"""Input generators for three_sum_closest.

Every number is a multiple of 3 and the target is 1 more than a multiple of 3, so every
sum is a multiple of 3 and target - d, target + d can never both be sums: the closest
sum is unique, and no sum hits the target (so no approach can stop early).
"""

import random

LIMIT = 10**4
TARGET_LIMIT = 3 * 10**4


def generate(n: int, rng: random.Random) -> dict:
    """n multiples of 3 in [-9999, 9999] and a target 1 mod 3 within reach."""
    n = max(n, 3)
    nums = [3 * rng.randint(-3333, 3333) for _ in range(n)]
    return {"nums": nums, "target": 3 * rng.randint(-9000, 9000) + 1}


def generate_out_of_reach(n: int, rng: random.Random) -> dict:
    """A target beyond every sum: the answer is the three largest numbers."""
    n = max(n, 3)
    nums = [3 * rng.randint(-3333, 3333) for _ in range(n)]
    return {"nums": nums, "target": 3 * 9999 + 1}


def _closest_distance(nums: list[int], target: int) -> int:
    a = sorted(nums)
    best = abs(a[0] + a[1] + a[2] - target)
    for i in range(len(a) - 2):
        j, k = i + 1, len(a) - 1
        while j < k:
            s = a[i] + a[j] + a[k]
            best = min(best, abs(s - target))
            if s < target:
                j += 1
            elif s > target:
                k -= 1
            else:
                return 0
    return best


def _is_sum(nums: list[int], value: int) -> bool:
    a = sorted(nums)
    for i in range(len(a) - 2):
        j, k = i + 1, len(a) - 1
        while j < k:
            s = a[i] + a[j] + a[k]
            if s == value:
                return True
            if s < value:
                j += 1
            else:
                k -= 1
    return False


def validate(input: dict) -> str | None:
    nums, target = input.get("nums"), input.get("target")
    if not isinstance(nums, list) or len(nums) < 3:
        return "nums must be a list of at least 3 integers"
    if not all(isinstance(x, int) and -LIMIT <= x <= LIMIT for x in nums):
        return "every nums[i] must be an integer in [-10**4, 10**4]"
    if not isinstance(target, int) or not -TARGET_LIMIT <= target <= TARGET_LIMIT:
        return "target must be an integer in [-3 * 10**4, 3 * 10**4]"
    if target % 3 != 0 and all(x % 3 == 0 for x in nums):
        return None  # unique by construction (see the module docstring)
    d = _closest_distance(nums, target)
    if d and _is_sum(nums, target - d) and _is_sum(nums, target + d):
        return f"the closest sum is not unique: both {target - d} and {target + d}"
    return None
