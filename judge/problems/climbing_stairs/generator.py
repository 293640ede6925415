"""Input generators for climbing_stairs: n is the argument itself."""

import random

MAX_N = 10**7


def generate(n: int, rng: random.Random) -> dict:
    """The staircase of n steps (deterministic: rng is not needed)."""
    return {"n": max(n, 1)}


def validate(input: dict) -> str | None:
    n = input.get("n")
    if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= MAX_N:
        return "n must be an integer in [1, 10**7]"
    return None
