# Stores the graph as an n x n adjacency matrix and scans a whole row for each visited
# node: O(V^2) time even though there are only about V edges.
class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        if len(edges) != n - 1:
            return False
        matrix = [[False] * n for _ in range(n)]
        for a, b in edges:
            matrix[a][b] = matrix[b][a] = True
        seen = [False] * n
        seen[0] = True
        stack = [0]
        count = 1
        while stack:
            u = stack.pop()
            row = matrix[u]
            for v in range(n):
                if row[v] and not seen[v]:
                    seen[v] = True
                    count += 1
                    stack.append(v)
        return count == n
