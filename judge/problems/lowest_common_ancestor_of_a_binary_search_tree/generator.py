"""Input generators for lowest_common_ancestor_of_a_binary_search_tree.

A shape is drawn over inorder ranks 0..n-1 (each range's root picked, the smaller ranks
on its left, the larger on its right) and the ranks get sorted distinct values in
[-10^9, 10^9], so the tree is a binary search tree; p and q are written as node values.
Families: random tree with random p and q, balanced tree with two of its deepest nodes
on opposite sides, and the paths of sorted and reverse-sorted insertion with p and q the
two deepest nodes (the walk down is n long; a generic "does this subtree contain p"
search from every ancestor is O(n^2) on the left-leaning one).
"""

import random

LIMIT = 10**9


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


def _case(n: int, rng: random.Random, pick, ranks) -> dict:
    """The tree pick draws, with p and q the nodes of the two ranks ranks(n) chooses."""
    n = max(n, 2)
    values = sorted(rng.sample(range(-LIMIT, LIMIT + 1), n))
    root, left, right = _shape(n, pick)
    a, b = ranks(n)
    if rng.random() < 0.5:
        a, b = b, a
    return {"root": _level_order(root, left, right, values), "p": values[a], "q": values[b]}


def generate(n: int, rng: random.Random) -> dict:
    """A random binary search tree (expected depth O(log n)) and two random nodes."""
    return _case(n, rng, rng.randint, lambda n: rng.sample(range(n), 2))


def generate_balanced(n: int, rng: random.Random) -> dict:
    """A height-balanced tree (each range's root its middle), p and q its first and last
    ranks: the deepest nodes of its two sides, split only at the root."""
    return _case(n, rng, lambda lo, hi: (lo + hi) // 2, lambda n: (0, n - 1))


def generate_sorted_insertion(n: int, rng: random.Random) -> dict:
    """Values inserted in increasing order: a path of right children; p and q its two
    deepest nodes."""
    return _case(n, rng, lambda lo, hi: lo, lambda n: (n - 2, n - 1))


def generate_reverse_insertion(n: int, rng: random.Random) -> dict:
    """Values inserted in decreasing order: a path of left children; p and q its two
    deepest nodes."""
    return _case(n, rng, lambda lo, hi: hi, lambda n: (0, 1))


def validate(input: dict) -> str | None:
    root, p, q = input.get("root"), input.get("p"), input.get("q")
    if not isinstance(root, list) or not root or root[0] is None:
        return "root must be a non-empty level-order list"
    values = [x for x in root if x is not None]
    if len(values) < 2:
        return "the tree has at least 2 nodes"
    if not all(isinstance(x, int) and -LIMIT <= x <= LIMIT for x in values):
        return "every node value must be an integer in [-10**9, 10**9]"
    if len(set(values)) != len(values):
        return "node values must be distinct"
    if not _is_bst(root):
        return "the tree must be a binary search tree (its inorder values increasing)"
    if p == q:
        return "p and q must be different nodes"
    present = set(values)
    if p not in present or q not in present:
        return "p and q must be values of nodes of the tree"
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
