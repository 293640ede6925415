"""Input generators for pacific_atlantic_water_flow. n is the number of cells; grids are
about sqrt(n) x sqrt(n)."""

import random
from math import isqrt

LIMIT = 10**5


def _shape(n: int) -> tuple[int, int]:
    rows = max(1, isqrt(n))
    return rows, max(1, n // rows)


def generate(n: int, rng: random.Random) -> dict:
    """Random heights in [0, 10^5]: only a few cells near the edges reach both oceans."""
    rows, cols = _shape(n)
    return {"heights": [[rng.randint(0, LIMIT) for _ in range(cols)] for _ in range(rows)]}


def generate_flat(n: int, rng: random.Random) -> dict:
    """All cells the same height: water runs everywhere, every cell is in the answer, and a
    search started from a cell spreads over the whole grid (the worst case for searching from
    every cell)."""
    rows, cols = _shape(n)
    h = rng.randint(0, LIMIT)
    return {"heights": [[h] * cols for _ in range(rows)]}


def generate_peak(n: int, rng: random.Random) -> dict:
    """A pyramid: height grows with the distance from the nearest edge, so water from the top
    runs down every side, and every cell reaches both oceans."""
    rows, cols = _shape(n)
    return {"heights": [[min(r, c, rows - 1 - r, cols - 1 - c) for c in range(cols)] for r in range(rows)]}


def validate(input: dict) -> str | None:
    heights = input.get("heights")
    if not isinstance(heights, list) or not heights or not isinstance(heights[0], list) or not heights[0]:
        return "heights must be a non-empty list of non-empty rows"
    cols = len(heights[0])
    for row in heights:
        if not isinstance(row, list) or len(row) != cols:
            return "every row must be a list of the same length"
        if not all(isinstance(h, int) and not isinstance(h, bool) and 0 <= h <= LIMIT for h in row):
            return "every height must be an integer in [0, 10^5]"
    return None
