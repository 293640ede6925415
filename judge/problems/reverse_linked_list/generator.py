"""Input generators for reverse_linked_list: a list of n values (LeetCode's text form)."""

import random

LIMIT = 5000


def generate(n: int, rng: random.Random) -> dict:
    """n random values in [-5000, 5000]."""
    return {"head": [rng.randint(-LIMIT, LIMIT) for _ in range(n)]}


def validate(input: dict) -> str | None:
    head = input.get("head")
    if not isinstance(head, list):
        return "head must be a list of node values"
    if not all(isinstance(x, int) and -LIMIT <= x <= LIMIT for x in head):
        return "every node value must be an integer in [-5000, 5000]"
    return None
