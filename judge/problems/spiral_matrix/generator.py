"""Input generators for spiral_matrix. n is the number of cells."""

import random
from math import isqrt


def _random(rows: int, cols: int, rng: random.Random) -> list[list[int]]:
    return [[rng.randint(-100, 100) for _ in range(cols)] for _ in range(rows)]


def generate(n: int, rng: random.Random) -> dict:
    """About sqrt(n) x sqrt(n), random values."""
    rows = max(1, isqrt(n))
    return {"matrix": _random(rows, max(1, n // rows), rng)}


def generate_tall(n: int, rng: random.Random) -> dict:
    """Four times taller than wide, with an odd width: the spiral ends on a middle column."""
    cols = max(1, isqrt(n // 4))
    cols -= 1 - cols % 2
    return {"matrix": _random(max(1, n // cols), cols, rng)}


def validate(input: dict) -> str | None:
    matrix = input.get("matrix")
    if not isinstance(matrix, list) or not matrix or not isinstance(matrix[0], list) or not matrix[0]:
        return "matrix must be a non-empty list of non-empty rows"
    cols = len(matrix[0])
    for row in matrix:
        if not isinstance(row, list) or len(row) != cols:
            return "every row must be a list of the same length"
        if not all(isinstance(v, int) and -100 <= v <= 100 for v in row):
            return "every cell must be an integer in [-100, 100]"
    return None
