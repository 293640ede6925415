"""Input generators for graph_valid_tree: n nodes and about n edges (n - 1 for most
families, so that the edge count alone does not settle the answer).

Nodes are relabelled at random and each edge's two ends come in random order, except in the
star family, whose listing order is the point.
"""

import random


def _edges(n: int, pairs: list[tuple[int, int]], rng: random.Random, *, shuffle: bool = True) -> dict:
    label = list(range(n))
    rng.shuffle(label)
    edges = [[label[a], label[b]] if rng.random() < 0.5 else [label[b], label[a]] for a, b in pairs]
    if shuffle:
        rng.shuffle(edges)
    return {"n": n, "edges": edges}


def generate(n: int, rng: random.Random) -> dict:
    """A random tree (each node hangs under a random earlier one): answer true."""
    n = max(n, 1)
    return _edges(n, [(i, rng.randrange(i)) for i in range(1, n)], rng)


def generate_path(n: int, rng: random.Random) -> dict:
    """A path through all n nodes, listed along the path: answer true, depth n for a
    recursive search."""
    n = max(n, 1)
    return _edges(n, [(i, i + 1) for i in range(n - 1)], rng, shuffle=False)


def generate_star_hub_first(n: int, rng: random.Random) -> dict:
    """A star listed as [hub, 1], [hub, 2], ...: a union-find that hangs the first root under
    the second without path compression or ranks builds a chain and walks it every time
    (O(n^2)). Answer true."""
    n = max(n, 1)
    hub = rng.randrange(n)
    others = [v for v in range(n) if v != hub]
    rng.shuffle(others)
    return {"n": n, "edges": [[hub, v] for v in others]}


def generate_cycle_and_isolated(n: int, rng: random.Random) -> dict:
    """A cycle through n - 1 nodes and one isolated node: exactly n - 1 edges, answer false
    (the count is right, the connectivity is not)."""
    n = max(n, 4)
    return _edges(n, [(i, (i + 1) % (n - 1)) for i in range(n - 1)], rng)


def validate(input: dict) -> str | None:
    n, edges = input.get("n"), input.get("edges")
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        return "n must be a positive integer"
    if not isinstance(edges, list):
        return "edges must be a list of [a, b] pairs"
    seen = set()
    for e in edges:
        if not (isinstance(e, list) and len(e) == 2 and all(isinstance(x, int) and not isinstance(x, bool) for x in e)):
            return f"every edge must be a pair [a, b] of integers, not {e!r}"
        a, b = e
        if not (0 <= a < n and 0 <= b < n):
            return f"the edge {e} names a node outside 0..{n - 1}"
        if a == b:
            return f"the edge {e} joins a node to itself"
        if (min(a, b), max(a, b)) in seen:
            return f"the edge {e} is listed twice"
        seen.add((min(a, b), max(a, b)))
    return None
