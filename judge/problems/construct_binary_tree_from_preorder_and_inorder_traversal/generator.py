"""Input generators for construct_binary_tree_from_preorder_and_inorder_traversal.

A tree's shape is drawn over inorder ranks 0..n-1 (a root rank is picked in each range,
the ranks below it form the left subtree, those above the right one), then the ranks are
labelled with distinct random values, so the inorder array is not sorted. Families: a
random tree (the shape of a random insertion order), a balanced one (depth log n), and
paths leaning left, right or zig-zagging (depth n): on a left path every root sits at the
end of its inorder range, the worst case for `inorder.index`, and on any path slicing
copies O(n) values per node.
"""

import random

LIMIT = 3000


def _traversals(n: int, rng: random.Random, pick) -> dict:
    """preorder and inorder of the tree whose root of ranks lo..hi is pick(lo, hi)."""
    span = max(LIMIT, n)
    values = rng.sample(range(-span, span + 1), n)
    preorder = []
    stack = [(0, n - 1)]
    while stack:
        lo, hi = stack.pop()
        if lo > hi:
            continue
        root = pick(lo, hi)
        preorder.append(values[root])
        stack.append((root + 1, hi))
        stack.append((lo, root - 1))
    return {"preorder": preorder, "inorder": values}


def generate(n: int, rng: random.Random) -> dict:
    """A random tree: each range's root uniformly chosen (expected depth O(log n))."""
    return _traversals(n, rng, rng.randint)


def generate_balanced(n: int, rng: random.Random) -> dict:
    """A height-balanced tree: each range's root is its middle."""
    return _traversals(n, rng, lambda lo, hi: (lo + hi) // 2)


def generate_left_path(n: int, rng: random.Random) -> dict:
    """Every node the left child of the previous one: each root is last in its inorder range."""
    return _traversals(n, rng, lambda lo, hi: hi)


def generate_right_path(n: int, rng: random.Random) -> dict:
    """Every node the right child of the previous one: preorder equals inorder."""
    return _traversals(n, rng, lambda lo, hi: lo)


def generate_zigzag_path(n: int, rng: random.Random) -> dict:
    """A path whose every child is on a random side."""
    return _traversals(n, rng, lambda lo, hi: lo if rng.random() < 0.5 else hi)


def validate(input: dict) -> str | None:
    preorder, inorder = input.get("preorder"), input.get("inorder")
    if not isinstance(preorder, list) or not isinstance(inorder, list):
        return "preorder and inorder must be lists of integers"
    if not preorder:
        return "the tree has at least one node"
    if len(preorder) != len(inorder):
        return "preorder and inorder must have the same length"
    if not all(isinstance(x, int) for x in preorder):
        return "every value must be an integer"
    span = max(LIMIT, len(preorder))
    if not all(-span <= x <= span for x in preorder):
        return f"every value must be in [-{span}, {span}] (LeetCode: [-3000, 3000])"
    if len(set(preorder)) != len(preorder):
        return "values must be distinct"
    if set(preorder) != set(inorder):
        return "inorder must hold exactly the values of preorder"
    # Rebuild the ranges: each preorder value must fall inside the range it roots.
    where = {value: i for i, value in enumerate(inorder)}
    stack, index = [(0, len(inorder) - 1)], 0
    while stack:
        lo, hi = stack.pop()
        if lo > hi:
            continue
        mid = where[preorder[index]]
        if not lo <= mid <= hi:
            return f"preorder[{index}] = {preorder[index]} cannot root its subtree: not one tree's traversals"
        index += 1
        stack.append((mid + 1, hi))
        stack.append((lo, mid - 1))
    return None
