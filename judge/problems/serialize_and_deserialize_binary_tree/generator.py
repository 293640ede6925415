"""Input generators for serialize_and_deserialize_binary_tree, in LeetCode's level order.

A complete tree (the widest level: a queue's worst case), a path with children on random
sides (depth n: recursion's worst case) and a random tree; values span the whole range,
negatives included (a format that forgets the sign, or parses one digit, fails).
"""

import random

LIMIT = 1000


def _value(rng: random.Random) -> int:
    return rng.randint(-LIMIT, LIMIT)


def generate(n: int, rng: random.Random) -> dict:
    """A random tree of n nodes: each node hangs under a random free slot."""
    slots, order = 2, [0]  # node i takes a random one of the open child slots
    for _ in range(n - 1):
        order.append(rng.randrange(slots))
        slots += 1
    return {"root": _level_order(n, order, rng)}


def _level_order(n: int, picks: list[int], rng: random.Random) -> list:
    """Build a tree by attaching node i to open slot picks[i], then write it in level order."""
    left, right = [-1] * n, [-1] * n
    open_slots: list[tuple[int, int]] = [(0, 0), (0, 1)]
    for i in range(1, n):
        k = picks[i] % len(open_slots)
        open_slots[k], open_slots[-1] = open_slots[-1], open_slots[k]
        parent, side = open_slots.pop()
        (left if side == 0 else right)[parent] = i
        open_slots += [(i, 0), (i, 1)]
    out, queue, head = [], [0], 0
    while head < len(queue):
        node = queue[head]
        head += 1
        if node < 0:
            out.append(None)
            continue
        out.append(_value(rng))
        queue += [left[node], right[node]]
    while out and out[-1] is None:
        out.pop()
    return out


def generate_complete(n: int, rng: random.Random) -> dict:
    """A complete tree of n nodes: level order without a null."""
    return {"root": [_value(rng) for _ in range(n)]}


def generate_path(n: int, rng: random.Random) -> dict:
    """A path of n nodes, each child on a random side: depth n."""
    values = [_value(rng)]
    for _ in range(n - 1):
        child = _value(rng)
        values += [child, None] if rng.random() < 0.5 else [None, child]
    return {"root": values}


def validate(input: dict) -> str | None:
    root = input.get("root")
    if not isinstance(root, list):
        return "root must be a level-order list"
    if root and root[0] is None:
        return "a tree's first entry is its root: write [] for the empty tree"
    if not all(x is None or (isinstance(x, int) and -LIMIT <= x <= LIMIT) for x in root):
        return "every node value must be an integer in [-1000, 1000] (or null for a missing child)"
    return None
