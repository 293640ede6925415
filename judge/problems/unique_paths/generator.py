"""Input generators for unique_paths: n is the longer side of the grid, max(m, n).

The square n x n grid is the worst case for every approach: it has the most routes for its
longer side (plain recursion makes about two calls per route: 7,000 at n = 8, 155 million
at n = 16), the most cells (m * n for a DP table) and the largest answer (2 n bits, so the
big-integer arithmetic costs the most). The arguments are two numbers, so the input is
deterministic (rng is not needed).
"""

import random

MAX_SIDE = 4_096


def generate(n: int, rng: random.Random) -> dict:
    """A square n x n grid: the most paths for its longer side."""
    n = max(n, 1)
    return {"m": n, "n": n}


def validate(input: dict) -> str | None:
    for key in ("m", "n"):
        value = input.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_SIDE:
            return f"{key} must be an integer in [1, {MAX_SIDE:,}]"
    return None
