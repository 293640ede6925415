"""Reference solution for graph_valid_tree.

A graph on n nodes is a tree exactly when it has n - 1 edges and is connected. Count the
edges, then one depth-first search (explicit stack) from node 0 must reach every node.
O(V + E) time, O(V + E) space."""


def valid_tree(n: int, edges: list[list[int]]) -> bool:
    if len(edges) != n - 1:
        return False
    adj: list[list[int]] = [[] for _ in range(n)]
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    seen = bytearray(n)
    seen[0] = 1
    reached = 1
    stack = [0]
    while stack:
        for v in adj[stack.pop()]:
            if not seen[v]:
                seen[v] = 1
                reached += 1
                stack.append(v)
    return reached == n
