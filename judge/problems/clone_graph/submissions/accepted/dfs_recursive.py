# Pasted from LeetCode: Node and Optional are predefined. Depth-first with a memo of copies:
# O(V + E) time, O(V) space (the memo and the recursion).
class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        copies = {}

        def clone(old: 'Node') -> 'Node':
            if old in copies:
                return copies[old]
            new = Node(old.val)
            copies[old] = new
            for nb in old.neighbors:
                new.neighbors.append(clone(nb))
            return new

        return clone(node) if node else None
