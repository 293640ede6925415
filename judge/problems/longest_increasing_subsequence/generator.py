"""Input generators for longest_increasing_subsequence: n is len(nums).

LeetCode keeps values in [-10^4, 10^4]; the measurement lets them range over
[-10^9, 10^9] so that an increasing run of 2^20 values is possible and the answer (and
the patience method's list of tails) can keep growing with n.
"""

import random

LIMIT = 10**9
MAX_LEN = 1_048_576


def generate(n: int, rng: random.Random) -> dict:
    """n random values: the answer is about 2 * sqrt(n)."""
    return {"nums": [rng.randint(-LIMIT, LIMIT) for _ in range(n)]}


def generate_increasing(n: int, rng: random.Random) -> dict:
    """A strictly increasing sequence with random gaps: the answer is n."""
    start = rng.randint(-LIMIT, -LIMIT + 1000)
    step = (2 * LIMIT - 1000) // n
    nums, value = [], start
    for _ in range(n):
        value += rng.randint(1, step)
        nums.append(value)
    return {"nums": nums}


def generate_decreasing(n: int, rng: random.Random) -> dict:
    """A strictly decreasing sequence: the answer is 1."""
    return {"nums": generate_increasing(n, rng)["nums"][::-1]}


def generate_zigzag(n: int, rng: random.Random) -> dict:
    """Pairs (b, a) with a < b, the pairs increasing: 2, 1, 4, 3, ... with random gaps.
    The answer is n / 2, and every second value lands just below the last tail, so a
    binary search runs over the whole, growing list of tails."""
    base = generate_increasing(n, rng)["nums"]
    nums = base[:]
    for i in range(0, n - 1, 2):
        nums[i], nums[i + 1] = base[i + 1], base[i]
    return {"nums": nums}


def generate_few_values(n: int, rng: random.Random) -> dict:
    """Values in [0, 30]: many repeats, which a strictly increasing subsequence cannot use."""
    return {"nums": [rng.randint(0, 30) for _ in range(n)]}


def validate(input: dict) -> str | None:
    nums = input.get("nums")
    if not isinstance(nums, list) or not 1 <= len(nums) <= MAX_LEN:
        return f"nums must be a list of 1 to {MAX_LEN:,} integers"
    if not all(isinstance(x, int) and not isinstance(x, bool) and -LIMIT <= x <= LIMIT for x in nums):
        return "every nums[i] must be an integer in [-10**9, 10**9]"
    return None
