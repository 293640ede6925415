"""Binary trees for generators, in LeetCode's level order with nulls: random shapes, paths,
and the check a generator's validate() makes. Generators run in the judge's process, so a
problem's generator.py may import these (the bundled tree problems do).
"""

from __future__ import annotations

import random


def random_shape(n: int, rng: random.Random) -> tuple[list[int], list[int]]:
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


def level_order(values: list, left: list[int], right: list[int]) -> list:
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


def path(values: list, sides: str) -> list:
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


def mixed_sides(n: int) -> str:
    """The sides of a path of n nodes that runs down a left spine for its first third, a
    right spine for its second, and zigzags (left, right, ...) for the rest."""
    third = (n - 1) // 3
    rest = n - 1 - 2 * third
    return "L" * third + "R" * third + ("LR" * (rest // 2 + 1))[:rest] or "L"


def check_tree(items: object, name: str, low: int, high: int) -> str | None:
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
