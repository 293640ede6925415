import sys


class Solution:
    def numIslands(self, grid):
        rows, cols = len(grid), len(grid[0])
        sys.setrecursionlimit(max(sys.getrecursionlimit(), rows * cols + 1000))
        seen = [[False] * cols for _ in range(rows)]

        def sink(r, c):
            if r < 0 or r >= rows or c < 0 or c >= cols or seen[r][c] or grid[r][c] != "1":
                return
            seen[r][c] = True
            sink(r + 1, c)
            sink(r - 1, c)
            sink(r, c + 1)
            sink(r, c - 1)

        count = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "1" and not seen[r][c]:
                    count += 1
                    sink(r, c)
        return count
