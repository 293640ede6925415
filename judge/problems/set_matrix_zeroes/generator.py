"""Input generators for set_matrix_zeroes. n is the number of cells; matrices are about
sqrt(n) x sqrt(n)."""

import random
from math import isqrt

LO, HI = -2**31, 2**31 - 1


def _shape(n: int) -> tuple[int, int]:
    rows = max(1, isqrt(n))
    return rows, max(1, n // rows)


def _nonzero(rng: random.Random) -> int:
    v = rng.getrandbits(32) + LO
    return v if v else 1


def _matrix(n: int, rng: random.Random, zero_chance: float) -> list[list[int]]:
    rows, cols = _shape(n)
    rand = rng.random
    return [[0 if rand() < zero_chance else _nonzero(rng) for _ in range(cols)] for _ in range(rows)]


def generate(n: int, rng: random.Random) -> dict:
    """Random values with about one zero per row at random places, plus a zero in row 0
    and one in column 0 (the cells the O(1)-space method reuses as flags)."""
    rows, cols = _shape(n)
    matrix = _matrix(n, rng, 1.0 / cols)
    matrix[0][rng.randrange(cols)] = 0
    matrix[rng.randrange(rows)][0] = 0
    return {"matrix": matrix}


def generate_many_zeros(n: int, rng: random.Random) -> dict:
    """Half of the cells are zero: the worst case for clearing a row and a column per
    zero found (n / 2 zeros, each costing m + n)."""
    return {"matrix": _matrix(n, rng, 0.5)}


def validate(input: dict) -> str | None:
    matrix = input.get("matrix")
    if not isinstance(matrix, list) or not matrix or not isinstance(matrix[0], list) or not matrix[0]:
        return "matrix must be a non-empty list of non-empty rows"
    cols = len(matrix[0])
    for row in matrix:
        if not isinstance(row, list) or len(row) != cols:
            return "every row must be a list of the same length"
        if not all(isinstance(v, int) and LO <= v <= HI for v in row):
            return "every cell must be a 32-bit signed integer"
    return None
