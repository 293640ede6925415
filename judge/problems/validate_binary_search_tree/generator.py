"""Input generators for validate_binary_search_tree, in LeetCode's level order with nulls.

A shape is drawn over inorder ranks 0..n-1 (each range's root picked, the smaller ranks
on its left, the larger on its right) and the ranks get sorted distinct 32-bit values, so
the tree is a valid binary search tree. Families: random (the shape of a random insertion
order), balanced, paths from sorted and reverse-sorted insertion (depth n: checking every
node against its whole subtree costs O(n^2) there), and a random tree made invalid deep
down by a value that only breaks a far ancestor's bound (a parent-child check misses it).
"""

import random

LOW, HIGH = -2**31, 2**31 - 1


def _shape(n: int, pick) -> tuple[int, list[int], list[int]]:
    """The root rank and the left/right child ranks (-1: none) of the shape pick draws."""
    left, right = [-1] * n, [-1] * n
    if n == 0:
        return -1, left, right
    root = pick(0, n - 1)
    stack = [(0, n - 1, root)]
    while stack:
        lo, hi, r = stack.pop()
        if lo < r:
            child = pick(lo, r - 1)
            left[r] = child
            stack.append((lo, r - 1, child))
        if r < hi:
            child = pick(r + 1, hi)
            right[r] = child
            stack.append((r + 1, hi, child))
    return root, left, right


def _level_order(root: int, left: list[int], right: list[int], values: list[int]) -> list:
    if root < 0:
        return []
    out, queue = [values[root]], [root]
    for node in queue:  # the queue grows while it is walked
        for child in (left[node], right[node]):
            if child < 0:
                out.append(None)
            else:
                out.append(values[child])
                queue.append(child)
    while out and out[-1] is None:
        out.pop()
    return out


def _bst(n: int, rng: random.Random, pick) -> tuple[int, list[int], list[int], list[int]]:
    n = max(n, 1)
    values = sorted(rng.sample(range(LOW, HIGH + 1), n))
    root, left, right = _shape(n, pick)
    return root, left, right, values


def generate(n: int, rng: random.Random) -> dict:
    """A valid random binary search tree of n nodes (expected depth O(log n))."""
    root, left, right, values = _bst(n, rng, rng.randint)
    return {"root": _level_order(root, left, right, values)}


def generate_balanced(n: int, rng: random.Random) -> dict:
    """A valid height-balanced binary search tree: each range's root is its middle."""
    root, left, right, values = _bst(n, rng, lambda lo, hi: (lo + hi) // 2)
    return {"root": _level_order(root, left, right, values)}


def generate_sorted_insertion(n: int, rng: random.Random) -> dict:
    """Values inserted in increasing order: a valid path of right children."""
    root, left, right, values = _bst(n, rng, lambda lo, hi: lo)
    return {"root": _level_order(root, left, right, values)}


def generate_reverse_insertion(n: int, rng: random.Random) -> dict:
    """Values inserted in decreasing order: a valid path of left children."""
    root, left, right, values = _bst(n, rng, lambda lo, hi: hi)
    return {"root": _level_order(root, left, right, values)}


def generate_invalid_deep(n: int, rng: random.Random) -> dict:
    """A random tree whose root's inorder neighbour (deep in one subtree) is given the
    root's own value: every parent-child pair is still ordered, the tree is not."""
    root, left, right, values = _bst(n, rng, rng.randint)
    if root > 0:
        values[root - 1] = values[root]  # the rightmost node of the left subtree
    elif root + 1 < len(values):
        values[root + 1] = values[root]  # the leftmost node of the right subtree
    return {"root": _level_order(root, left, right, values)}


def validate(input: dict) -> str | None:
    root = input.get("root")
    if not isinstance(root, list):
        return "root must be a level-order list"
    if not root or root[0] is None:
        return "the tree has at least one node"
    if not all(x is None or (isinstance(x, int) and LOW <= x <= HIGH) for x in root):
        return "every node value must be an integer in [-2**31, 2**31 - 1] (or null for a missing child)"
    return None
