"""Input generators for binary_tree_maximum_path_sum: a tree of n nodes in level order.

The shapes bound the usual approaches: a path (depth n: recursion's worst case, and
recomputing the gains below every node costs O(n^2) there) and a complete tree (a
queue's widest level). Values are random (the best path often turns below the root) or
all equal (all negative: the best path is a single node).

Few families on purpose: the complexity phase splits its budget between them. The path
family holds the three path shapes in one tree (left spine, right spine, zigzag); every
one of them gives the path's worst case.
"""

import random

LIMIT = 1000


# -- tree shapes, written in LeetCode's level order with nulls --------------------------------

def _random_shape(n: int, rng: random.Random) -> tuple[list[int], list[int]]:
    """Children arrays (-1: none) of a random binary tree of n nodes rooted at node 0: each
    new node takes a free child slot chosen uniformly (depth about log n on average)."""
    children = [-1] * (2 * n)  # children[2 * i] is node i's left child, [2 * i + 1] its right
    slots = [0, 1] if n else []  # the free ones
    draw = rng.random
    for node in range(1, n):
        k = int(draw() * len(slots))
        slot = slots[k]
        slots[k] = 2 * node
        slots.append(2 * node + 1)
        children[slot] = node
    return children[0::2], children[1::2]


def _level_order(values: list, left: list[int], right: list[int]) -> list:
    """The tree rooted at node 0 in level order, None for a missing child, no trailing None."""
    if not values:
        return []
    out, level = [values[0]], [0]
    while level:
        slots = [child for node in level for child in (left[node], right[node])]
        out += [None if child < 0 else values[child] for child in slots]
        level = [child for child in slots if child >= 0]
    while out and out[-1] is None:
        out.pop()
    return out


def _path(values: list, sides: str) -> list:
    """A path through values[0], values[1], ...: sides[i % len(sides)] ("L" or "R") says on
    which side node i + 1 hangs below node i."""
    if not values:
        return []
    out = [values[0]]
    for i, value in enumerate(values[1:]):
        out += [value, None] if sides[i % len(sides)] == "L" else [None, value]
    while out and out[-1] is None:
        out.pop()
    return out


def _mixed_sides(n: int) -> str:
    """The sides of a path of n nodes that runs down a left spine for its first third, a
    right spine for its second, and zigzags (left, right, ...) for the rest."""
    third = (n - 1) // 3
    rest = n - 1 - 2 * third
    return "L" * third + "R" * third + ("LR" * (rest // 2 + 1))[:rest] or "L"


def _check_tree(items: object, name: str, low: int, high: int) -> str | None:
    """None when items is a well-formed level-order tree with values in [low, high]."""
    if not isinstance(items, list):
        return f"{name} must be a level-order list"
    if not items:
        return None
    if items[0] is None:
        return f"{name}'s first entry is its root: write [] for the empty tree"
    if items[-1] is None:
        return f"{name} must not end with null (LeetCode leaves trailing nulls out)"
    for x in items:
        if x is not None and not (isinstance(x, int) and not isinstance(x, bool) and low <= x <= high):
            return f"every node value of {name} must be an integer in [{low}, {high}] (or null)"
    nodes, index = 1, 1  # nodes whose children are still to be read, next item to read
    while nodes and index < len(items):
        nodes -= 1
        for _ in range(2):
            if index < len(items):
                if items[index] is not None:
                    nodes += 1
                index += 1
    if index < len(items):
        return f"{name} has entries after its last node's children"
    return None


def _values(n: int, rng: random.Random) -> list[int]:
    draw, span = rng.random, 2 * LIMIT + 1
    return [int(draw() * span) - LIMIT for _ in range(max(n, 1))]


def generate(n: int, rng: random.Random) -> dict:
    """A random tree of n nodes with random values."""
    n = max(n, 1)
    left, right = _random_shape(n, rng)
    return {"root": _level_order(_values(n, rng), left, right)}


def generate_path(n: int, rng: random.Random) -> dict:
    """A path of n nodes: a left spine, then a right spine, then a zigzag."""
    return {"root": _path(_values(n, rng), _mixed_sides(max(n, 1)))}


def generate_complete(n: int, rng: random.Random) -> dict:
    """A complete tree of n nodes."""
    return {"root": _values(n, rng)}


def generate_all_equal(n: int, rng: random.Random) -> dict:
    """A random tree of n nodes that all hold the same value."""
    n = max(n, 1)
    left, right = _random_shape(n, rng)
    return {"root": _level_order([rng.randint(-LIMIT, LIMIT)] * n, left, right)}


def validate(input: dict) -> str | None:
    root = input.get("root")
    if not root:
        return "root must hold at least one node"
    return _check_tree(root, "root", -LIMIT, LIMIT)
