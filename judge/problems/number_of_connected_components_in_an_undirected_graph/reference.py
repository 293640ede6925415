"""Reference solution for number_of_connected_components_in_an_undirected_graph.

Build adjacency lists, then start a depth-first search (explicit stack) from every node not
yet seen; each start is a new component. Every node and edge is handled once:
O(V + E) time, O(V + E) space."""


def count_components(n: int, edges: list[list[int]]) -> int:
    adj: list[list[int]] = [[] for _ in range(n)]
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    seen = bytearray(n)
    components = 0
    for start in range(n):
        if seen[start]:
            continue
        components += 1
        seen[start] = 1
        stack = [start]
        while stack:
            for v in adj[stack.pop()]:
                if not seen[v]:
                    seen[v] = 1
                    stack.append(v)
    return components
