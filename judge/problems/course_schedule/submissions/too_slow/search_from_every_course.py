# For every course, a fresh depth-first search over what it unlocks, looking for a way back
# to the course itself. Nothing is shared between searches: O(V * (V + E)) time.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        adj = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            adj[b].append(a)
        for start in range(numCourses):
            seen = set()
            stack = list(adj[start])
            while stack:
                u = stack.pop()
                if u == start:
                    return False
                if u in seen:
                    continue
                seen.add(u)
                stack.extend(adj[u])
        return True
