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

LIMIT = 10**4


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
