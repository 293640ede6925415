"""Input generators for binary_tree_level_order_traversal: a tree of n nodes in level order.

The shapes bound the usual approaches: a path (depth n: recursion's worst case, and
walking down from the root once per level costs O(n^2) there) and a complete tree
(widest level n/2: the queue's worst case).

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

LIMIT = 1000


def _values(n: int, rng: random.Random) -> list[int]:
    draw, span = rng.random, 2 * LIMIT + 1
    return [int(draw() * span) - LIMIT for _ in range(n)]


def generate(n: int, rng: random.Random) -> dict:
    """A random tree of n nodes with random values."""
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
    left, right = _random_shape(n, rng)
    return {"root": _level_order([rng.randint(-LIMIT, LIMIT)] * n, left, right)}


def validate(input: dict) -> str | None:
    return _check_tree(input.get("root"), "root", -LIMIT, LIMIT)
