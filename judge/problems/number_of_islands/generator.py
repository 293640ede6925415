"""Input generators for number_of_islands. n is the number of cells; grids are
about sqrt(n) x sqrt(n)."""

import random
from math import isqrt


def _shape(n: int) -> tuple[int, int]:
    rows = max(1, isqrt(n))
    return rows, max(1, n // rows)


def generate(n: int, rng: random.Random) -> dict:
    """Each cell is land with probability 1/2: many islands of many shapes."""
    rows, cols = _shape(n)
    grid = [["1" if rng.random() < 0.5 else "0" for _ in range(cols)] for _ in range(rows)]
    return {"grid": grid}


def generate_all_land(n: int, rng: random.Random) -> dict:
    """One island covering the grid: the deepest flood fill (recursion would overflow)."""
    rows, cols = _shape(n)
    return {"grid": [["1"] * cols for _ in range(rows)]}


def generate_checkerboard(n: int, rng: random.Random) -> dict:
    """Alternating land and water: n/2 one-cell islands, the most islands possible
    (the worst case for approaches whose cost grows with the number of islands)."""
    rows, cols = _shape(n)
    shift = rng.randrange(2)
    grid = [["1" if (r + c + shift) % 2 == 0 else "0" for c in range(cols)] for r in range(rows)]
    return {"grid": grid}


def generate_snake(n: int, rng: random.Random) -> dict:
    """One long winding island (every other row is land, joined at alternating ends)."""
    rows, cols = _shape(n)
    grid = []
    for r in range(rows):
        if r % 2 == 0:
            grid.append(["1"] * cols)
        else:
            row = ["0"] * cols
            row[-1 if r % 4 == 1 else 0] = "1"
            grid.append(row)
    return {"grid": grid}


def validate(input: dict) -> str | None:
    grid = input.get("grid")
    if not isinstance(grid, list) or not grid or not isinstance(grid[0], list) or not grid[0]:
        return "grid must be a non-empty list of non-empty rows"
    cols = len(grid[0])
    for row in grid:
        if not isinstance(row, list) or len(row) != cols:
            return "every row must be a list of the same length"
        if not all(cell in ("0", "1") for cell in row):
            return 'every cell must be the string "0" or "1"'
    return None
