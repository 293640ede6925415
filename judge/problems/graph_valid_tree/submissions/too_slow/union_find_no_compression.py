# Union-find without path compression or union by rank: a root is hung under the other
# root as it comes, so trees can turn into long chains and every find walks them.
# O(n) per find in the worst case: O(n^2) time.
class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        if len(edges) != n - 1:
            return False
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra == rb:
                return False
            parent[ra] = rb
        return True
