"""Input generators for longest_consecutive_sequence: n is len(nums).

one_run is the worst case of counting upwards from every value (no check that the value
starts a run): n(n+1)/2 lookups. repeated_start is the worst case of doing the start check
while iterating over nums instead of the set: the run's first value appears n/2 times, and
each copy walks the whole run again.
"""

import random

LIMIT = 10**9
MAX_LEN = 262_144


def generate(n: int, rng: random.Random) -> dict:
    """n values drawn from a window of 2n integers: duplicates and many runs of varied
    lengths, the typical case."""
    base = rng.randint(-LIMIT, LIMIT - 2 * n)
    return {"nums": [base + rng.randrange(2 * n) for _ in range(n)]}


def generate_one_run(n: int, rng: random.Random) -> dict:
    """n consecutive integers, shuffled: one run covering everything."""
    base = rng.randint(-LIMIT, LIMIT - n)
    nums = list(range(base, base + n))
    rng.shuffle(nums)
    return {"nums": nums}


def generate_repeated_start(n: int, rng: random.Random) -> dict:
    """A run of n - n/2 consecutive integers plus n/2 more copies of its smallest value,
    shuffled."""
    run = n - n // 2
    base = rng.randint(-LIMIT, LIMIT - run)
    nums = list(range(base, base + run)) + [base] * (n // 2)
    rng.shuffle(nums)
    return {"nums": nums}


def validate(input: dict) -> str | None:
    nums = input.get("nums")
    if not isinstance(nums, list) or len(nums) > MAX_LEN:
        return f"nums must be a list of at most {MAX_LEN:,} integers"
    if not all(type(x) is int and -LIMIT <= x <= LIMIT for x in nums):
        return "every nums[i] must be an integer in [-10**9, 10**9]"
    return None
