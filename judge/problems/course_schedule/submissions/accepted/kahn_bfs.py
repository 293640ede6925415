# Topological sort by in-degrees (Kahn): O(V + E) time and space.
from collections import defaultdict, deque


class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        indeg = [0] * numCourses
        adj = defaultdict(list)
        for course, pre in prerequisites:
            adj[pre].append(course)
            indeg[course] += 1
        q = deque([i for i in range(numCourses) if indeg[i] == 0])
        done = 0
        while q:
            cur = q.popleft()
            done += 1
            for nxt in adj[cur]:
                indeg[nxt] -= 1
                if indeg[nxt] == 0:
                    q.append(nxt)
        return done == numCourses
