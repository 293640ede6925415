"""Input generators for three_sum: n is len(nums).

Filler values are 1 mod 4, so three of them sum to 3 mod 4 and never to 0; planted
values are multiples of 4, so a zero triplet can only be made of three planted values
(filler + filler + planted is 2 mod 4, filler + planted + planted is 1 mod 4). With n/16
planted triplets the answer stays O(n) (the planted ones plus a few accidental ones among
the planted values), so the O(n^2) is the search, not the output. Half the values are
negative, so no approach can stop early at the first positive value.
"""

import random

LIMIT = 10**5
MAX_LEN = 4_096


def _filler(count: int, rng: random.Random) -> list[int]:
    """count values that are 1 mod 4, in [-99999, 99997]."""
    return [4 * rng.randint(-25_000, 24_999) + 1 for _ in range(count)]


def generate(n: int, rng: random.Random) -> dict:
    """max(1, n/16) planted zero triplets among filler, shuffled."""
    n = max(n, 3)
    planted = []
    for _ in range(max(1, n // 16)):
        a = 4 * rng.randint(-12_500, 12_500)
        b = 4 * rng.randint(-12_500, 12_500)
        planted += [a, b, -(a + b)]
    nums = planted + _filler(n - len(planted), rng)
    rng.shuffle(nums)
    return {"nums": nums}


def generate_no_answer(n: int, rng: random.Random) -> dict:
    """Filler only: no triplet sums to zero, so every pair is examined to the end."""
    n = max(n, 3)
    return {"nums": _filler(n, rng)}


def generate_duplicates(n: int, rng: random.Random) -> dict:
    """n values in [-6, 6]: every value repeats about n/13 times, so each of the few
    distinct triplets can be found many times over; it must be reported once."""
    n = max(n, 3)
    return {"nums": [rng.randint(-6, 6) for _ in range(n)]}


def validate(input: dict) -> str | None:
    nums = input.get("nums")
    if not isinstance(nums, list) or not 3 <= len(nums) <= MAX_LEN:
        return f"nums must be a list of 3 to {MAX_LEN:,} integers"
    if not all(type(x) is int and -LIMIT <= x <= LIMIT for x in nums):
        return "every nums[i] must be an integer in [-10**5, 10**5]"
    return None
