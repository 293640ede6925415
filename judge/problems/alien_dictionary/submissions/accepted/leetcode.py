# 269. Alien Dictionary
# Graph on the 26 letters as a 26 x 26 matrix: each adjacent pair of words gives one
# edge (first differing char); a longer word before its own prefix is invalid.
# Then Kahn's algorithm (BFS topological sort); leftover letters mean a cycle.
# Time O(C) for C total chars, space O(26^2) = O(1).
from collections import deque


class Solution:
    def alienOrder(self, words: List[str]) -> str:
        graph = [[False] * 26 for _ in range(26)]
        indegree = [0] * 26
        present = [False] * 26
        for w in words:
            for c in w:
                present[ord(c) - ord('a')] = True

        for i in range(len(words) - 1):
            w1, w2 = words[i], words[i + 1]
            j = 0
            while j < len(w1) and j < len(w2) and w1[j] == w2[j]:
                j += 1
            if j == len(w1) or j == len(w2):
                if len(w1) > len(w2):
                    return ""
                continue
            a, b = ord(w1[j]) - ord('a'), ord(w2[j]) - ord('a')
            if not graph[a][b]:
                graph[a][b] = True
                indegree[b] += 1

        q = deque(i for i in range(26) if present[i] and indegree[i] == 0)
        res = []
        while q:
            u = q.popleft()
            res.append(chr(u + ord('a')))
            for v in range(26):
                if graph[u][v]:
                    indegree[v] -= 1
                    if indegree[v] == 0:
                        q.append(v)
        return "".join(res) if len(res) == sum(present) else ""
