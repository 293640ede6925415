# For every cell, a fresh breadth-first search downhill, stopping once both oceans are
# touched. Each search can cover the whole grid: O((m * n)^2) time.
from collections import deque


class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        m, n = len(heights), len(heights[0])
        res = []
        for sr in range(m):
            for sc in range(n):
                pacific = atlantic = False
                seen = {(sr, sc)}
                q = deque([(sr, sc)])
                while q and not (pacific and atlantic):
                    r, c = q.popleft()
                    if r == 0 or c == 0:
                        pacific = True
                    if r == m - 1 or c == n - 1:
                        atlantic = True
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < m and 0 <= nc < n and (nr, nc) not in seen \
                                and heights[nr][nc] <= heights[r][c]:
                            seen.add((nr, nc))
                            q.append((nr, nc))
                if pacific and atlantic:
                    res.append([sr, sc])
        return res
