"""Input generators for merge_two_sorted_lists; n is the number of nodes of both lists.

Besides random sorted lists: two lists whose value ranges do not overlap (list1 entirely
below list2), the worst case of inserting list2's nodes one by one into list1 from its
head; and perfectly interleaved lists (the merge switches lists at every node).
"""

import random

LIMIT = 100


def _sorted_values(count: int, low: int, high: int, rng: random.Random) -> list[int]:
    return sorted(rng.randint(low, high) for _ in range(count))


def generate(n: int, rng: random.Random) -> dict:
    """A random split of n nodes, values drawn over the whole range."""
    first = rng.randint(0, n)
    return {"list1": _sorted_values(first, -LIMIT, LIMIT, rng),
            "list2": _sorted_values(n - first, -LIMIT, LIMIT, rng)}


def generate_disjoint(n: int, rng: random.Random) -> dict:
    """n/2 nodes in [-100, 0) then n/2 in (0, 100]: every node of list1 comes first."""
    half = n // 2
    return {"list1": _sorted_values(half, -LIMIT, -1, rng),
            "list2": _sorted_values(n - half, 1, LIMIT, rng)}


def generate_interleaved(n: int, rng: random.Random) -> dict:
    """One sorted run dealt alternately to the two lists: the merge switches at every node."""
    values = _sorted_values(n, -LIMIT, LIMIT, rng)
    return {"list1": values[0::2], "list2": values[1::2]}


def validate(input: dict) -> str | None:
    for name in ("list1", "list2"):
        values = input.get(name)
        if not isinstance(values, list):
            return f"{name} must be a list of node values"
        if not all(isinstance(x, int) and -LIMIT <= x <= LIMIT for x in values):
            return f"every value of {name} must be an integer in [-100, 100]"
        if any(a > b for a, b in zip(values, values[1:])):
            return f"{name} must be sorted in non-decreasing order"
    return None
