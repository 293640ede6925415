# Adjacency lists and a recursive depth-first search from every unvisited node.
# O(V + E) time and space (the recursion can go n deep on a path).
from collections import defaultdict


class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        graph = defaultdict(list)
        for a, b in edges:
            graph[a].append(b)
            graph[b].append(a)
        visited = [False] * n

        def dfs(u: int) -> None:
            visited[u] = True
            for v in graph[u]:
                if not visited[v]:
                    dfs(v)

        count = 0
        for i in range(n):
            if not visited[i]:
                dfs(i)
                count += 1
        return count
