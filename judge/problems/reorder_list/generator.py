"""Input generators for reorder_list: n node values (LeetCode's text form).

The work of the usual approaches depends only on the length: random values, and a list
of consecutive values whose reordered form is easy to read, each at odd and even lengths.
"""

import random

LIMIT = 1000


def generate(n: int, rng: random.Random) -> dict:
    """n random values in [1, 1000]."""
    return {"head": [rng.randint(1, LIMIT) for _ in range(max(n, 1))]}


def generate_odd_length(n: int, rng: random.Random) -> dict:
    """An odd number of nodes (n or n + 1), values 1, 2, 3, ... (wrapping at 1000)."""
    size = max(n, 1) | 1
    return {"head": [i % LIMIT + 1 for i in range(size)]}


def generate_all_equal(n: int, rng: random.Random) -> dict:
    """n nodes of one value: only the links tell the orders apart."""
    return {"head": [rng.randint(1, LIMIT)] * max(n, 1)}


def validate(input: dict) -> str | None:
    head = input.get("head")
    if not isinstance(head, list) or not head:
        return "head must be a non-empty list of node values"
    if not all(isinstance(x, int) and 1 <= x <= LIMIT for x in head):
        return "every node value must be an integer in [1, 1000]"
    return None
