"""Input generators for subtree_of_another_tree: root has n nodes, subRoot t = n // 2
(at least 1), both in LeetCode's level order.

The path family is the worst case of comparing subRoot at every node: all values are 0
but the last node's (1) in both trees, and root runs down a left spine into a copy of
subRoot, whose path starts with a left spine too. A comparison started on root's spine
follows subRoot's spine (t / 3 nodes) before the shapes part: about n^2 / 12 node
comparisons in all, and the one match is at the very end. The other families plant a
copy of subRoot (or of it with one value changed) in a random tree, take a complete
tree's left subtree, or draw both trees with one value throughout.

Few families on purpose: the complexity phase splits its budget between them.
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


def _sizes(n: int) -> tuple[int, int]:
    n = max(n, 1)
    return n, max(n // 2, 1)


def _last_in_level_order(left: list[int], right: list[int]) -> int:
    queue = [0]
    for node in queue:
        queue += [child for child in (left[node], right[node]) if child >= 0]
    return queue[-1]


def generate(n: int, rng: random.Random) -> dict:
    """A random subRoot of t nodes, planted in a random tree of n - t nodes at a random
    free child slot; half the time the planted copy's last node (in level order) holds
    another value."""
    n, t = _sizes(n)
    sub_left, sub_right = _random_shape(t, rng)
    sub_values = _values(t, rng)
    copy = list(sub_values)
    if rng.random() < 0.5:
        last = _last_in_level_order(sub_left, sub_right)
        copy[last] = copy[last] + 1 if copy[last] < LIMIT else -LIMIT
    sub = _level_order(sub_values, sub_left, sub_right)
    host = n - t
    if host == 0:
        return {"root": _level_order(copy, sub_left, sub_right), "subRoot": sub}
    left, right = _random_shape(host, rng)
    free = [2 * i for i in range(host) if left[i] < 0] + [2 * i + 1 for i in range(host) if right[i] < 0]
    slot = free[int(rng.random() * len(free))]
    left += [c + host if c >= 0 else -1 for c in sub_left]
    right += [c + host if c >= 0 else -1 for c in sub_right]
    (right if slot & 1 else left)[slot >> 1] = host
    return {"root": _level_order(_values(host, rng) + copy, left, right), "subRoot": sub}


def generate_path(n: int, rng: random.Random) -> dict:
    """root: a left spine of n - t 0s leading into a copy of subRoot; subRoot: a path of t
    nodes (a left spine, then a right spine, then a zigzag), all 0 but the last, 1."""
    n, t = _sizes(n)
    sub_sides = _mixed_sides(t)
    return {"root": _path([0] * (n - 1) + [1], "L" * (n - t) + sub_sides),
            "subRoot": _path([0] * (t - 1) + [1], sub_sides)}


def generate_complete(n: int, rng: random.Random) -> dict:
    """A complete tree of n nodes with random values; subRoot is its root's left subtree
    (about n / 2 nodes)."""
    n, _ = _sizes(n)
    values = _values(n, rng)
    if n == 1:
        return {"root": values, "subRoot": list(values)}
    sub, first, width = [], 1, 1  # the left subtree's levels: heap indices first .. first + width - 1
    while first < n:
        sub += values[first:min(first + width, n)]
        first, width = 2 * first + 1, 2 * width
    return {"root": values, "subRoot": sub}


def generate_all_equal(n: int, rng: random.Random) -> dict:
    """Random trees of n and t nodes that all hold the same value."""
    n, t = _sizes(n)
    value = rng.randint(-LIMIT, LIMIT)
    left, right = _random_shape(n, rng)
    sub_left, sub_right = _random_shape(t, rng)
    return {"root": _level_order([value] * n, left, right),
            "subRoot": _level_order([value] * t, sub_left, sub_right)}


def validate(input: dict) -> str | None:
    for name in ("root", "subRoot"):
        if not input.get(name):
            return f"{name} must hold at least one node"
        problem = _check_tree(input.get(name), name, -LIMIT, LIMIT)
        if problem:
            return problem
    return None
