"""Input generators for rotate_array. n is the length of nums."""

import random

LO, HI = -2**31, 2**31 - 1


def _nums(n: int, rng: random.Random) -> list[int]:
    bits = rng.getrandbits
    return [bits(32) + LO for _ in range(max(n, 1))]


def generate(n: int, rng: random.Random) -> dict:
    """Random values, k % n about n / 2 (the worst case for shifting one place k times);
    k itself is often larger than n, so solutions must reduce it modulo n."""
    n = max(n, 1)
    return {"nums": _nums(n, rng), "k": n * rng.randrange(3) + n // 2 + rng.randrange(max(1, n // 8))}


def generate_coprime(n: int, rng: random.Random) -> dict:
    """k = n - 1 is coprime with n: the cyclic-replacement solution walks one single cycle
    of length n; a one-place-at-a-time rotation makes n - 1 full passes."""
    n = max(n, 2)
    return {"nums": list(range(n)), "k": n - 1}


def generate_many_cycles(n: int, rng: random.Random) -> dict:
    """n even and k = n / 2: gcd(n, k) = n / 2 cycles of length 2 for cyclic replacement."""
    n = max(2, n - n % 2)
    return {"nums": _nums(n, rng), "k": n // 2}


def validate(input: dict) -> str | None:
    nums, k = input.get("nums"), input.get("k")
    if not isinstance(nums, list) or not nums:
        return "nums must be a non-empty list of integers"
    if not all(isinstance(x, int) and LO <= x <= HI for x in nums):
        return "every nums[i] must be a 32-bit signed integer"
    if not isinstance(k, int) or k < 0:
        return "k must be a non-negative integer"
    return None
