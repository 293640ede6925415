"""Input generators for number_of_connected_components_in_an_undirected_graph: n nodes and
about n edges (never more than n).

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
    """n random distinct edges (capped by the number of pairs): a giant component, some
    cycles, and a sprinkling of small components and lone nodes."""
    n = max(n, 2)
    m = min(n, n * (n - 1) // 2)
    seen: set[tuple[int, int]] = set()
    while len(seen) < m:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            seen.add((min(a, b), max(a, b)))
    return _edges(n, sorted(seen), rng)


def generate_path(n: int, rng: random.Random) -> dict:
    """One path through all n nodes, listed along the path: one component, depth n for a
    recursive search."""
    n = max(n, 2)
    return _edges(n, [(i, i + 1) for i in range(n - 1)], rng, shuffle=False)


def generate_star_hub_first(n: int, rng: random.Random) -> dict:
    """A star listed as [hub, 1], [hub, 2], ...: a union-find that hangs the first root under
    the second without path compression or ranks builds a chain and walks it every time
    (O(n^2)). One component."""
    n = max(n, 2)
    hub = rng.randrange(n)
    others = [v for v in range(n) if v != hub]
    rng.shuffle(others)
    return {"n": n, "edges": [[hub, v] for v in others]}


def generate_many_triangles(n: int, rng: random.Random) -> dict:
    """n / 3 separate triangles: many components, each with a redundant edge (n edges)."""
    n = max(n, 3)
    k = n // 3
    pairs = [(3 * i + a, 3 * i + b) for i in range(k) for a, b in ((0, 1), (1, 2), (2, 0))]
    return _edges(n, pairs, rng)


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
