# Breadth-first, but only links a neighbour when it is first discovered: every edge back to
# an already-copied node (the other direction of each undirected edge) is lost.
from collections import deque


class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        if not node:
            return None
        copies = {node: Node(node.val)}
        q = deque([node])
        while q:
            cur = q.popleft()
            for nb in cur.neighbors:
                if nb not in copies:
                    copies[nb] = Node(nb.val)
                    copies[cur].neighbors.append(copies[nb])
                    q.append(nb)
        return copies[node]
