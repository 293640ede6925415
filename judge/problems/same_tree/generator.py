"""Input generators for same_tree: two trees of n nodes each, in LeetCode's level order.

Identical trees are the worst case of every approach (nothing stops the walk early), so
q is a copy of p. The shapes bound the usual approaches: a path (depth n: recursion at
its deepest, and string building copying O(n^2) characters) and a complete tree (widest
level n/2: a queue at its largest).

Few families on purpose: the complexity phase splits its budget between them. The path
family holds the three path shapes in one tree (left spine, right spine, zigzag); every
one of them gives the path's worst case.
"""

import random

from judge.problem.tree_inputs import check_tree as _check_tree
from judge.problem.tree_inputs import level_order as _level_order
from judge.problem.tree_inputs import mixed_sides as _mixed_sides
from judge.problem.tree_inputs import path as _path
from judge.problem.tree_inputs import random_shape as _random_shape

LIMIT = 10**4


def _values(n: int, rng: random.Random) -> list[int]:
    draw, span = rng.random, 2 * LIMIT + 1
    return [int(draw() * span) - LIMIT for _ in range(n)]


def _twins(tree: list) -> dict:
    return {"p": tree, "q": list(tree)}


def generate(n: int, rng: random.Random) -> dict:
    """Two copies of a random tree of n nodes with random values."""
    left, right = _random_shape(n, rng)
    return _twins(_level_order(_values(n, rng), left, right))


def generate_path(n: int, rng: random.Random) -> dict:
    """Two copies of a path of n nodes: a left spine, then a right spine, then a zigzag."""
    return _twins(_path(_values(n, rng), _mixed_sides(n)))


def generate_complete(n: int, rng: random.Random) -> dict:
    """Two copies of a complete tree of n nodes."""
    return _twins(_values(n, rng))


def generate_all_equal(n: int, rng: random.Random) -> dict:
    """Two copies of a random tree of n nodes that all hold the same value."""
    left, right = _random_shape(n, rng)
    value = rng.randint(-LIMIT, LIMIT)
    return _twins(_level_order([value] * n, left, right))


def validate(input: dict) -> str | None:
    for name in ("p", "q"):
        problem = _check_tree(input.get(name), name, -LIMIT, LIMIT)
        if problem:
            return problem
    return None
