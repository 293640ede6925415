"""Union-find over the land cells, joining each cell with its right and lower
neighbours; the answer is the number of land cells minus the successful unions.
Path halving + union by size: O(n * alpha(n)) time, O(n) space."""


def number_of_islands(grid: list[list[str]]) -> int:
    rows, cols = len(grid), len(grid[0])
    parent = list(range(rows * cols))
    size = [1] * (rows * cols)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> bool:
        ra, rb = find(a), find(b)
        if ra == rb:
            return False
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        size[ra] += size[rb]
        return True

    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1":
                continue
            count += 1
            cell = r * cols + c
            if c + 1 < cols and grid[r][c + 1] == "1" and union(cell, cell + 1):
                count -= 1
            if r + 1 < rows and grid[r + 1][c] == "1" and union(cell, cell + cols):
                count -= 1
    return count
