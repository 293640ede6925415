"""Input generators for rotate_image. n is the number of cells: the matrix is
isqrt(n) x isqrt(n)."""

import random
from math import isqrt


def _side(n: int) -> int:
    return max(1, isqrt(n))


def generate(n: int, rng: random.Random) -> dict:
    """Random values in [-1000, 1000]; an even or odd side as n falls."""
    s = _side(n)
    return {"matrix": [[rng.randint(-1000, 1000) for _ in range(s)] for _ in range(s)]}


def generate_odd_side(n: int, rng: random.Random) -> dict:
    """An odd side: a centre cell that must stay put, and an odd middle ring."""
    s = _side(n)
    s -= 1 - s % 2
    return {"matrix": [[rng.randint(-1000, 1000) for _ in range(s)] for _ in range(s)]}


def validate(input: dict) -> str | None:
    matrix = input.get("matrix")
    if not isinstance(matrix, list) or not matrix:
        return "matrix must be a non-empty list of rows"
    s = len(matrix)
    for row in matrix:
        if not isinstance(row, list) or len(row) != s:
            return "matrix must be square: every row must have one cell per row"
        if not all(isinstance(v, int) and -1000 <= v <= 1000 for v in row):
            return "every cell must be an integer in [-1000, 1000]"
    return None
