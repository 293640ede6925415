"""Input generators for counting_bits: n is the argument itself (the answer has n + 1
counts). Counting the bits of each number separately costs O(log i) for the number i,
O(n log n) in all."""

import random

LIMIT = 10**7


def generate(n: int, rng: random.Random) -> dict:
    """Count the bits of 0..n (deterministic: rng is not needed)."""
    return {"n": max(0, min(n, LIMIT))}


def validate(input: dict) -> str | None:
    n = input.get("n")
    if not isinstance(n, int) or isinstance(n, bool) or not 0 <= n <= LIMIT:
        return "n must be an integer in [0, 10**7]"
    return None
