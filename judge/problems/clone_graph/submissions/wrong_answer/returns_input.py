# Returns the graph it was given: the values and edges match, but nothing was copied.
class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        return node
