"""Input generators for maximum_depth_of_binary_tree, in LeetCode's level order with nulls.

Two shapes bound the usual approaches: a complete tree (depth log n, widest level n/2:
a breadth-first queue's worst case) and a path (depth n: recursion's worst case).
"""

import random

LIMIT = 100


def generate(n: int, rng: random.Random) -> dict:
    """A complete tree of n nodes: level order without a null."""
    return {"root": [rng.randint(-LIMIT, LIMIT) for _ in range(n)]}


def generate_path(n: int, rng: random.Random) -> dict:
    """A path of n nodes, each child on a random side: depth n."""
    values = [rng.randint(-LIMIT, LIMIT)]
    for _ in range(n - 1):
        child = rng.randint(-LIMIT, LIMIT)
        values += [child, None] if rng.random() < 0.5 else [None, child]
    while values and values[-1] is None:
        values.pop()
    return {"root": values}


def validate(input: dict) -> str | None:
    root = input.get("root")
    if not isinstance(root, list):
        return "root must be a level-order list"
    if root and root[0] is None:
        return "a tree's first entry is its root: write [] for the empty tree"
    if not all(x is None or (isinstance(x, int) and -LIMIT <= x <= LIMIT) for x in root):
        return "every node value must be an integer in [-100, 100] (or null for a missing child)"
    return None
