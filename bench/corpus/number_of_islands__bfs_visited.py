from collections import deque


def number_of_islands(grid):
    rows, cols = len(grid), len(grid[0])
    seen = set()
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1" and (r, c) not in seen:
                count += 1
                seen.add((r, c))
                queue = deque([(r, c)])
                while queue:
                    i, j = queue.popleft()
                    for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= a < rows and 0 <= b < cols and grid[a][b] == "1" and (a, b) not in seen:
                            seen.add((a, b))
                            queue.append((a, b))
    return count
