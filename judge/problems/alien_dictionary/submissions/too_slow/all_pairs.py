# 269. Alien Dictionary
# Compare EVERY pair of words (i < j), not only neighbours, to collect the rules, then
# BFS topological sort. Correct, but with W words of length at most L this is
# O(W^2 * L) time: quadratic in the input size when the words are short.
from collections import deque


class Solution:
    def alienOrder(self, words: List[str]) -> str:
        adj = {c: set() for w in words for c in w}
        indeg = {c: 0 for c in adj}
        for i in range(len(words)):
            for j in range(i + 1, len(words)):
                w1, w2 = words[i], words[j]
                for a, b in zip(w1, w2):
                    if a != b:
                        if b not in adj[a]:
                            adj[a].add(b)
                            indeg[b] += 1
                        break
                else:
                    if len(w1) > len(w2):
                        return ""
        q = deque(c for c in indeg if indeg[c] == 0)
        out = []
        while q:
            c = q.popleft()
            out.append(c)
            for d in adj[c]:
                indeg[d] -= 1
                if indeg[d] == 0:
                    q.append(d)
        return "".join(out) if len(out) == len(adj) else ""
