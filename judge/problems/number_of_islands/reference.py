"""Reference solution for number_of_islands."""


def number_of_islands(grid: list[list[str]]) -> int:
    """Flood fill every unseen land cell with an explicit stack (no recursion limit).
    Each cell is visited once: O(n) time, O(n) space for the visited marks and stack.
    The grid itself is not modified."""
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = bytearray(rows * cols)
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or seen[r * cols + c]:
                continue
            islands += 1
            seen[r * cols + c] = 1
            stack = [(r, c)]
            while stack:
                i, j = stack.pop()
                for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                    if 0 <= a < rows and 0 <= b < cols and grid[a][b] == "1":
                        k = a * cols + b
                        if not seen[k]:
                            seen[k] = 1
                            stack.append((a, b))
    return islands
