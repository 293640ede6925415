# Kahn's idea, but every round scans all courses for one whose prerequisites are all met:
# O(V) per round, O(V^2 + E) time.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        indeg = [0] * numCourses
        adj = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            adj[b].append(a)
            indeg[a] += 1
        taken = [False] * numCourses
        for _ in range(numCourses):
            pick = -1
            for c in range(numCourses):
                if not taken[c] and indeg[c] == 0:
                    pick = c
                    break
            if pick == -1:
                return False
            taken[pick] = True
            for nxt in adj[pick]:
                indeg[nxt] -= 1
        return True
