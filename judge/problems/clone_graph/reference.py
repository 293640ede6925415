"""Reference solution for clone_graph."""

from collections import deque


def clone_graph(node):
    """Breadth-first from the given node with an old -> new map: every node is created once
    and every adjacency entry copied once. O(V + E) time, O(V) extra space (map + queue)."""
    if node is None:
        return None
    copies = {node: Node(node.val)}
    queue = deque([node])
    while queue:
        old = queue.popleft()
        new_neighbors = copies[old].neighbors
        for other in old.neighbors:
            twin = copies.get(other)
            if twin is None:
                twin = copies[other] = Node(other.val)
                queue.append(other)
            new_neighbors.append(twin)
    return copies[node]
