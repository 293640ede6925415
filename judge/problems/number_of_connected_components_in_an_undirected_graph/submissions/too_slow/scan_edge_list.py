# Breadth-first search without adjacency lists: to find a node's neighbours it scans the
# whole edge list. O(E) per visited node: O(V * E) time.
from collections import deque


class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        visited = [False] * n
        count = 0
        for i in range(n):
            if visited[i]:
                continue
            count += 1
            visited[i] = True
            q = deque([i])
            while q:
                u = q.popleft()
                for a, b in edges:
                    if a == u and not visited[b]:
                        visited[b] = True
                        q.append(b)
                    elif b == u and not visited[a]:
                        visited[a] = True
                        q.append(a)
        return count
