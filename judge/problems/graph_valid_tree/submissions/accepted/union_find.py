# Pasted from LeetCode. A tree has exactly n - 1 edges and no cycle; union-find with path
# compression and union by rank catches the first edge inside one component.
# O(n * alpha(n)) time, O(n) space.
class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        if len(edges) != n - 1:
            return False
        par = list(range(n))
        rank = [1] * n

        def find(x):
            while x != par[x]:
                par[x] = par[par[x]]
                x = par[x]
            return x

        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra == rb:
                return False
            if rank[ra] < rank[rb]:
                ra, rb = rb, ra
            par[rb] = ra
            rank[ra] += rank[rb]
        return True
