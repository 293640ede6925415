# Subtracts one component per edge (n - len(edges)), without checking whether the edge
# joins two different components: an edge closing a cycle is counted too.
class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        count = n
        for a, b in edges:
            parent[find(a)] = find(b)
            count -= 1
        return count
