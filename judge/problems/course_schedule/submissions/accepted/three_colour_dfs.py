# Pasted from LeetCode. Depth-first search with three states per course (unvisited, on the
# current path, finished): meeting a course on the current path means a cycle.
# O(V + E) time, O(V + E) space.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        graph = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            graph[b].append(a)
        state = [0] * numCourses  # 0 = new, 1 = visiting, 2 = done

        def has_cycle(u: int) -> bool:
            state[u] = 1
            for v in graph[u]:
                if state[v] == 1:
                    return True
                if state[v] == 0 and has_cycle(v):
                    return True
            state[u] = 2
            return False

        for c in range(numCourses):
            if state[c] == 0 and has_cycle(c):
                return False
        return True
