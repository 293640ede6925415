# Depth-first search with a single visited set: a course reached a second time by another
# route (a diamond, not a cycle) is mistaken for a cycle.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        graph = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            graph[b].append(a)
        visited = set()

        def dfs(u: int) -> bool:
            if u in visited:
                return False
            visited.add(u)
            for v in graph[u]:
                if not dfs(v):
                    return False
            return True

        for c in range(numCourses):
            if c not in visited and not dfs(c):
                return False
        return True
