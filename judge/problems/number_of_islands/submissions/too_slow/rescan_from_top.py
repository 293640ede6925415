"""After each island, restart the search for unvisited land from the top-left corner.
Correct, but with k islands the rescans cost O(n * k): O(n^2) on a checkerboard."""

from collections import deque


def number_of_islands(grid: list[list[str]]) -> int:
    rows, cols = len(grid), len(grid[0])
    visited = [[False] * cols for _ in range(rows)]

    def first_unvisited_land() -> tuple[int, int] | None:
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "1" and not visited[r][c]:
                    return r, c
        return None

    islands = 0
    while (start := first_unvisited_land()) is not None:
        islands += 1
        visited[start[0]][start[1]] = True
        queue = deque([start])
        while queue:
            r, c = queue.popleft()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if not (0 <= nr < rows and 0 <= nc < cols):
                    continue
                if grid[nr][nc] == "1" and not visited[nr][nc]:
                    visited[nr][nc] = True
                    queue.append((nr, nc))
    return islands
