# Breadth-first, remembering copies by value (values are unique): O(V + E) time, O(V) space.
from collections import deque


class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        if not node:
            return None
        made = {node.val: Node(node.val)}
        q = deque([node])
        while q:
            cur = q.popleft()
            for nb in cur.neighbors:
                if nb.val not in made:
                    made[nb.val] = Node(nb.val)
                    q.append(nb)
                made[cur.val].neighbors.append(made[nb.val])
        return made[node.val]
