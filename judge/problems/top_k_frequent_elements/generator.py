"""Input generators for top_k_frequent_elements: n is len(nums).

Values lie in [-10^4, 10^4], so there are at most 20,001 distinct values. Every family
picks k where the k-th and (k+1)-th highest counts differ, so the answer is unique.
flat has about 3n/4 distinct values (while n allows): the worst case of counting each
distinct value with a pass over nums (O(n * distinct)) and of sorting the distinct values.
"""

import random
from collections import Counter

LIMIT = 10**4
DISTINCT = 2 * LIMIT + 1
MAX_LEN = 262_144


def _unique_ks(counts: list[int]) -> list[int]:
    """Every k whose answer is unique, for counts sorted from highest to lowest."""
    d = len(counts)
    return [k for k in range(1, d + 1) if k == d or counts[k - 1] > counts[k]]


def _shuffled(counts: list[int], rng: random.Random) -> list[int]:
    """counts[i] copies of the i-th of len(counts) random distinct values, shuffled."""
    values = rng.sample(range(-LIMIT, LIMIT + 1), len(counts))
    nums = [v for v, c in zip(values, counts) for _ in range(c)]
    rng.shuffle(nums)
    return nums


def generate(n: int, rng: random.Random) -> dict:
    """n draws from a pool of about n/2 values: counts around 2 with many ties; k is a
    random position where the counts step down."""
    n = max(n, 1)
    pool = rng.sample(range(-LIMIT, LIMIT + 1), min(n // 2 + 1, DISTINCT))
    nums = [rng.choice(pool) for _ in range(n)]
    counts = sorted(Counter(nums).values(), reverse=True)
    return {"nums": nums, "k": rng.choice(_unique_ks(counts))}


def generate_flat(n: int, rng: random.Random) -> dict:
    """As many distinct values as possible with nearly equal counts: the r most frequent
    values appear once more than all the others, and k = r."""
    n = max(n, 1)
    d = min(max(1, n - n // 4), DISTINCT)
    q, r = divmod(n, d)
    counts = [q + 1] * r + [q] * (d - r)
    return {"nums": _shuffled(counts, rng), "k": r if r else d}


def generate_skewed(n: int, rng: random.Random) -> dict:
    """Log-uniform popularity over about n/2 values: a few values dominate and a long tail
    appears once or twice; k is small."""
    n = max(n, 1)
    d = min(n // 2 + 1, DISTINCT)
    indices = [int(d ** rng.random()) - 1 for _ in range(n)]
    values = rng.sample(range(-LIMIT, LIMIT + 1), d)
    nums = [values[i] for i in indices]
    counts = sorted(Counter(nums).values(), reverse=True)
    ks = _unique_ks(counts)
    small = [k for k in ks if k <= 10]
    return {"nums": nums, "k": rng.choice(small or ks)}


def validate(input: dict) -> str | None:
    nums, k = input.get("nums"), input.get("k")
    if not isinstance(nums, list) or not 1 <= len(nums) <= MAX_LEN:
        return f"nums must be a list of 1 to {MAX_LEN:,} integers"
    if not all(type(x) is int and -LIMIT <= x <= LIMIT for x in nums):
        return "every nums[i] must be an integer in [-10**4, 10**4]"
    counts = sorted(Counter(nums).values(), reverse=True)
    if type(k) is not int or not 1 <= k <= len(counts):
        return f"k must be an integer in [1, {len(counts)}] (the number of distinct values)"
    if k < len(counts) and counts[k - 1] == counts[k]:
        return f"the answer is not unique: the {k}th and {k + 1}th highest counts are both {counts[k]}"
    return None
