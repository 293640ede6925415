"""Flood fill that also walks diagonally, merging islands that only touch at corners."""


def number_of_islands(grid: list[list[str]]) -> int:
    rows, cols = len(grid), len(grid[0])
    seen = set()
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1" and (r, c) not in seen:
                islands += 1
                seen.add((r, c))
                stack = [(r, c)]
                while stack:
                    i, j = stack.pop()
                    for di in (-1, 0, 1):
                        for dj in (-1, 0, 1):
                            a, b = i + di, j + dj
                            inside = 0 <= a < rows and 0 <= b < cols
                            if inside and grid[a][b] == "1" and (a, b) not in seen:
                                seen.add((a, b))
                                stack.append((a, b))
    return islands
