from collections import deque


def number_of_islands(grid):
    # Marks visited land by overwriting it with "0" (mutates the input grid).
    rows, cols = len(grid), len(grid[0])
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1":
                count += 1
                grid[r][c] = "0"
                queue = deque([(r, c)])
                while queue:
                    i, j = queue.popleft()
                    for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= a < rows and 0 <= b < cols and grid[a][b] == "1":
                            grid[a][b] = "0"
                            queue.append((a, b))
    return count
