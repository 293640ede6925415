"""Input generators for clone_graph: a connected undirected graph on n nodes, written as
LeetCode's adjacency list (node values 1..n; the solution gets node 1).

Every family has at most about 2n edges, so the O(V + E) work is O(n).
"""

import random
from collections import deque


def _adjacency(n: int, edges: list[tuple[int, int]], rng: random.Random) -> list[list[int]]:
    """Edges over 0-based ids -> adjacency list over values 1..n, under a random relabelling
    (node 1 lands anywhere in the structure), each neighbour list in random order."""
    label = list(range(1, n + 1))
    rng.shuffle(label)
    adj: list[list[int]] = [[] for _ in range(n)]
    for a, b in edges:
        adj[label[a] - 1].append(label[b])
        adj[label[b] - 1].append(label[a])
    for row in adj:
        rng.shuffle(row)
    return adj


def generate(n: int, rng: random.Random) -> dict:
    """A random spanning tree plus about n more random edges: about 2n edges in all."""
    n = max(n, 1)
    edges = [(i, rng.randrange(i)) for i in range(1, n)]
    seen = {(min(a, b), max(a, b)) for a, b in edges}
    target = min(2 * n - 1, n * (n - 1) // 2)
    while len(seen) < target:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b and (min(a, b), max(a, b)) not in seen:
            seen.add((min(a, b), max(a, b)))
            edges.append((a, b))
    return {"node": _adjacency(n, edges, rng)}


def generate_path(n: int, rng: random.Random) -> dict:
    """A path of n nodes: the deepest recursion for a depth-first copy."""
    n = max(n, 1)
    return {"node": _adjacency(n, [(i, i + 1) for i in range(n - 1)], rng)}


def generate_star(n: int, rng: random.Random) -> dict:
    """One hub joined to every other node: one very long neighbour list."""
    n = max(n, 1)
    return {"node": _adjacency(n, [(0, i) for i in range(1, n)], rng)}


def generate_wheel(n: int, rng: random.Random) -> dict:
    """A long cycle through n - 1 nodes, each also joined to a hub: 2(n - 1) edges."""
    n = max(n, 1)
    if n < 4:
        return generate(n, rng)
    rim = [(i, i % (n - 1) + 1) for i in range(1, n)]
    return {"node": _adjacency(n, rim + [(0, i) for i in range(1, n)], rng)}


def validate(input: dict) -> str | None:
    adj = input.get("node")
    if not isinstance(adj, list):
        return "the graph must be an adjacency list (a list of lists of node values)"
    n = len(adj)
    pairs = set()
    for i, row in enumerate(adj, start=1):
        if not isinstance(row, list):
            return f"row {i} must be a list of node values"
        for j in row:
            if not isinstance(j, int) or isinstance(j, bool) or not 1 <= j <= n:
                return f"node {i} names {j!r}, not one of 1..{n}"
            if j == i:
                return f"node {i} is joined to itself"
            if (i, j) in pairs:
                return f"the edge {i} - {j} is listed twice"
            pairs.add((i, j))
    for i, j in pairs:
        if (j, i) not in pairs:
            return f"node {i} lists {j} but node {j} does not list {i}: the graph must be undirected"
    if n:
        seen = {1}
        queue = deque([1])
        while queue:
            for j in adj[queue.popleft() - 1]:
                if j not in seen:
                    seen.add(j)
                    queue.append(j)
        if len(seen) != n:
            return "the graph must be connected (every node reachable from node 1)"
    return None
