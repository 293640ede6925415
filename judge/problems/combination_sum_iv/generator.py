"""Input generators for combination_sum_iv: n is the target (the odd ones: n | 1), and
there are always 10 distinct numbers.

The answer must fit in a signed 32-bit integer, as on LeetCode. Once the target is large,
that leaves two kinds of input: numbers so large next to the target that a sum has few
terms (`generate`), or numbers that reach the target only in few ways, such as small even
numbers with an odd target, which they can reach only through one large odd number
(`generate_one_odd`). There the counts for the values the target never comes down to
(the even ones) grow exponentially: a search without memory visits them all, and exact
bottom-up counting adds ever longer integers.

(Only two families: the counted-instruction budget is shared by the families in turn,
and the table method's cost per value settles only past n = 4,096, when the indices and
the counts have left CPython's small-int cache and the counts have been capped.)
"""

import random

COUNT = 10
CAP = 2**31
MAX_TARGET = 2**20 + 1
MAX_NUM = 2**21
CHECK_ANSWER_UP_TO = 2_000_000  # validate() recounts the answer when target * len(nums) is at most this


def generate(n: int, rng: random.Random) -> dict:
    """10 distinct numbers above n / 8, target n. Six are drawn from (n / 8, n / 2]; the
    others, where possible, complete one or two of those to exactly n, so that some sums
    hit the target. A sum has at most 7 terms, so the answer stays below 10^8."""
    low = n // 8 + 1
    nums = set(rng.sample(range(low, max(low + COUNT, n // 2 + 1)), 6))
    base = sorted(nums)
    for _ in range(40):
        if len(nums) == COUNT:
            break
        rest = n - sum(rng.sample(base, rng.randint(1, 2)))
        if rest >= low:
            nums.add(rest)
    while len(nums) < COUNT:
        nums.add(rng.randint(low, low + max(n, 4 * COUNT)))
    nums = sorted(nums)
    rng.shuffle(nums)
    return {"nums": nums, "target": n}


def generate_one_odd(n: int, rng: random.Random) -> dict:
    """2, 4 and 7 more distinct even numbers up to 40, and one odd number b that is 10 to
    20 below the odd target (less for small targets: b stays above half the target).
    Every way uses b exactly once, twice being too much, and fills the rest with even
    numbers, so the answer stays in the thousands, while the counts of the even values
    below the target, which never feed into it, grow about 1.4-fold per unit."""
    target = n | 1
    b = target - 2 * min(rng.randint(5, 10), target // 4)
    nums = [2, 4] + [2 * v for v in rng.sample(range(3, 21), COUNT - 3)] + [b]
    rng.shuffle(nums)
    return {"nums": nums, "target": target}


def _count(nums: list[int], target: int) -> int:
    ways = [1] + [0] * target
    for t in range(1, target + 1):
        total = sum(ways[t - x] for x in nums if x <= t)
        ways[t] = min(total, CAP)
    return ways[target]


def validate(input: dict) -> str | None:
    nums, target = input.get("nums"), input.get("target")
    if not isinstance(nums, list) or not 1 <= len(nums) <= 200:
        return "nums must be a list of 1 to 200 integers"
    if not all(isinstance(x, int) and not isinstance(x, bool) and 1 <= x <= MAX_NUM for x in nums):
        return f"every nums[i] must be an integer in [1, {MAX_NUM:,}]"
    if len(set(nums)) != len(nums):
        return "the numbers must be distinct"
    if not isinstance(target, int) or isinstance(target, bool) or not 1 <= target <= MAX_TARGET:
        return f"target must be an integer in [1, {MAX_TARGET:,}]"
    if target * len(nums) <= CHECK_ANSWER_UP_TO and _count(nums, target) >= CAP:
        return "the answer must fit in a signed 32-bit integer (below 2**31)"
    return None
