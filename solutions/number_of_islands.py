"""Number of Islands: scan the grid; each unvisited land cell starts a new island,
which a breadth-first search then marks as visited (a queue, so no recursion limit).
Each cell is handled once: O(n) time, O(n) space for n cells."""

from collections import deque


def number_of_islands(grid: list[list[str]]) -> int:
    rows, cols = len(grid), len(grid[0])
    visited = [[False] * cols for _ in range(rows)]
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or visited[r][c]:
                continue
            islands += 1
            visited[r][c] = True
            queue = deque([(r, c)])
            while queue:
                i, j = queue.popleft()
                for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= a < rows and 0 <= b < cols and grid[a][b] == "1" and not visited[a][b]:
                        visited[a][b] = True
                        queue.append((a, b))
    return islands
