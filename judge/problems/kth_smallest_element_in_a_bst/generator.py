"""Input generators for kth_smallest_element_in_a_bst, in LeetCode's level order with nulls.

A shape is drawn over inorder ranks 0..n-1 (each range's root picked, the smaller ranks
on its left, the larger on its right) and the ranks get sorted distinct values, so the
tree is a binary search tree; k is the median rank, ceil(n / 2). Families: random (the
shape of a random insertion order), balanced, and the paths of sorted and reverse-sorted
insertion (depth n). On the reverse-sorted path, counting each left subtree to decide
where to go costs O(n^2), and building the inorder list by concatenation is O(n^2) on
either path.
"""

import random

LIMIT = 10**4


def _shape(n: int, pick) -> tuple[int, list[int], list[int]]:
    """The root rank and the left/right child ranks (-1: none) of the shape pick draws."""
    left, right = [-1] * n, [-1] * n
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


def _bst(n: int, rng: random.Random, pick) -> dict:
    n = max(n, 1)
    values = sorted(rng.sample(range(max(LIMIT, 2 * n) + 1), n))
    root, left, right = _shape(n, pick)
    return {"root": _level_order(root, left, right, values), "k": (n + 1) // 2}


def generate(n: int, rng: random.Random) -> dict:
    """A random binary search tree of n nodes (expected depth O(log n))."""
    return _bst(n, rng, rng.randint)


def generate_balanced(n: int, rng: random.Random) -> dict:
    """A height-balanced binary search tree: each range's root is its middle."""
    return _bst(n, rng, lambda lo, hi: (lo + hi) // 2)


def generate_sorted_insertion(n: int, rng: random.Random) -> dict:
    """Values inserted in increasing order: a path of right children."""
    return _bst(n, rng, lambda lo, hi: lo)


def generate_reverse_insertion(n: int, rng: random.Random) -> dict:
    """Values inserted in decreasing order: a path of left children, the minimum n deep."""
    return _bst(n, rng, lambda lo, hi: hi)


def validate(input: dict) -> str | None:
    root, k = input.get("root"), input.get("k")
    if not isinstance(root, list) or not root or root[0] is None:
        return "root must be a non-empty level-order list"
    values = [x for x in root if x is not None]
    limit = max(LIMIT, 2 * len(values))
    if not all(isinstance(x, int) and 0 <= x <= limit for x in values):
        return f"every node value must be an integer in [0, {limit}] (LeetCode: [0, 10^4])"
    if len(set(values)) != len(values):
        return "a binary search tree's values are distinct"
    if not _is_bst(root):
        return "the tree must be a binary search tree (its inorder values increasing)"
    if not isinstance(k, int) or not 1 <= k <= len(values):
        return "k must be an integer in [1, number of nodes]"
    return None


def _is_bst(level: list) -> bool:
    """Whether the level-order tree's inorder values strictly increase."""
    vals = [level[0]]
    left, right = [-1], [-1]
    queue, index = [0], 1
    for node in queue:  # the queue grows while it is walked
        if index >= len(level):
            break
        for side in (left, right):
            if index < len(level) and level[index] is not None:
                side[node] = len(vals)
                queue.append(len(vals))
                vals.append(level[index])
                left.append(-1)
                right.append(-1)
            index += 1
    stack, node, previous = [], 0, None
    while stack or node >= 0:
        while node >= 0:
            stack.append(node)
            node = left[node]
        node = stack.pop()
        if previous is not None and vals[node] <= previous:
            return False
        previous = vals[node]
        node = right[node]
    return True
