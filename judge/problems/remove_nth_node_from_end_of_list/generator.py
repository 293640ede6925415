"""Input generators for remove_nth_node_from_end_of_list; the size is the number of nodes
(the entry's own argument `n` is the position from the end to remove).

Families remove the last node (n = 1: recounting the rest of the list from every node
costs the most), the first node (n = size: the head itself goes), and the middle one.
"""

import random

LIMIT = 100


def _values(size: int, rng: random.Random) -> list[int]:
    return [rng.randint(0, LIMIT) for _ in range(size)]


def generate(n: int, rng: random.Random) -> dict:
    """size = n nodes, a random position."""
    size = max(n, 1)
    return {"head": _values(size, rng), "n": rng.randint(1, size)}


def generate_remove_last(n: int, rng: random.Random) -> dict:
    """Remove the tail (n = 1)."""
    size = max(n, 1)
    return {"head": _values(size, rng), "n": 1}


def generate_remove_first(n: int, rng: random.Random) -> dict:
    """Remove the head (n = the list's length)."""
    size = max(n, 1)
    return {"head": _values(size, rng), "n": size}


def generate_remove_middle(n: int, rng: random.Random) -> dict:
    """Remove the middle node."""
    size = max(n, 1)
    return {"head": _values(size, rng), "n": (size + 1) // 2}


def validate(input: dict) -> str | None:
    head, position = input.get("head"), input.get("n")
    if not isinstance(head, list) or not head:
        return "head must be a non-empty list of node values"
    if not all(isinstance(x, int) and 0 <= x <= LIMIT for x in head):
        return "every node value must be an integer in [0, 100]"
    if not isinstance(position, int) or isinstance(position, bool) or not 1 <= position <= len(head):
        return "n must be an integer in [1, number of nodes]"
    return None
