"""Input generators for merge_k_sorted_lists; n is the number of nodes of all lists.

The default has k ~ sqrt n lists of random lengths; the other family has n/2 lists of
two nodes (the most lists: merging one list at a time then costs n^2, and a heap holds
n/2 nodes).
"""

import math
import random

LIMIT = 10**4


def _sorted_values(count: int, rng: random.Random) -> list[int]:
    return sorted(rng.randint(-LIMIT, LIMIT) for _ in range(count))


def _split(values: list[int], k: int, rng: random.Random) -> list[list[int]]:
    """Cut an ordered run into k consecutive pieces at random points (pieces may be empty)."""
    cuts = sorted(rng.randint(0, len(values)) for _ in range(k - 1))
    bounds = [0, *cuts, len(values)]
    return [values[a:b] for a, b in zip(bounds, bounds[1:])]


def generate(n: int, rng: random.Random) -> dict:
    """k = floor(sqrt n) lists of random lengths summing to n, random values."""
    k = max(1, math.isqrt(n))
    lists = [sorted(piece) for piece in _split([rng.randint(-LIMIT, LIMIT) for _ in range(n)], k, rng)]
    return {"lists": lists}


def generate_many_tiny(n: int, rng: random.Random) -> dict:
    """n/2 lists of two nodes each (one of three nodes when n is odd)."""
    k = max(1, n // 2)
    lists = [sorted(rng.randint(-LIMIT, LIMIT) for _ in range(2)) for _ in range(k)]
    if n % 2 and n > 1:
        lists[-1] = sorted(lists[-1] + [rng.randint(-LIMIT, LIMIT)])
    return {"lists": lists}


def validate(input: dict) -> str | None:
    lists = input.get("lists")
    if not isinstance(lists, list):
        return "lists must be a list of linked lists (each a list of node values)"
    for values in lists:
        if not isinstance(values, list):
            return "every linked list must be a list of node values"
        if not all(isinstance(x, int) and -LIMIT <= x <= LIMIT for x in values):
            return "every node value must be an integer in [-10**4, 10**4]"
        if any(a > b for a, b in zip(values, values[1:])):
            return "every linked list must be sorted in ascending order"
    return None
