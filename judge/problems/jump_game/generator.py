"""Input generators for jump_game.

n is len(nums). Jump lengths are capped at 10**5 (the constraint); the caps only bind
above n = 10**5, far beyond where any quadratic solution can still be measured.
"""

import random

MAX_JUMP = 10**5


def generate(n: int, rng: random.Random) -> dict:
    """Short random jumps with about one zero in eight: sometimes the walk gets stuck,
    sometimes it reaches the end."""
    n = max(n, 1)
    return {"nums": [0 if rng.random() < 0.125 else rng.randint(1, 4) for _ in range(n)]}


def generate_all_ones(n: int, rng: random.Random) -> dict:
    """Every jump is 1: reachable, but only one index at a time."""
    return {"nums": [1] * max(n, 1)}


def _towards(rng: random.Random, target: int) -> list[int]:
    """nums[0] reaches `target` exactly and every i < target jumps at least halfway
    there but never past it: long jumps (quadratic work for a DP over every jump) that
    all land at or before `target`."""
    if target == 0:
        return []
    nums = [min(MAX_JUMP, target)]
    for i in range(1, target):
        gap = target - i
        nums.append(min(MAX_JUMP, rng.randint((gap + 1) // 2, gap)))
    return nums


def generate_zero_trap(n: int, rng: random.Random) -> dict:
    """Long jumps that all end at or before index n - 2, which holds a 0: the last
    index is unreachable, found only at the very end."""
    n = max(n, 2)
    nums = [*_towards(rng, n - 2), 0, rng.randint(0, 9)]
    return {"nums": nums}


def generate_last_step(n: int, rng: random.Random) -> dict:
    """Long jumps that all end at or before index n - 2, which jumps 1: the last index
    is reached only by the very last jump."""
    n = max(n, 2)
    nums = [*_towards(rng, n - 2), 1, rng.randint(0, 9)]
    return {"nums": nums}


def validate(input: dict) -> str | None:
    nums = input.get("nums")
    if not isinstance(nums, list) or not nums:
        return "nums must be a non-empty list of integers"
    if not all(isinstance(x, int) and not isinstance(x, bool) and 0 <= x <= MAX_JUMP for x in nums):
        return "every nums[i] must be an integer in [0, 10**5]"
    return None
