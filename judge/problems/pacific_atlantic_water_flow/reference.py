"""Reference solution for pacific_atlantic_water_flow.

Search uphill from each ocean's edge cells: a cell reaches an ocean exactly when the ocean's
uphill search (to neighbours at least as high) reaches it. Two breadth-first searches, each
cell entered at most once per ocean: O(n) time and O(n) space for n cells."""

from collections import deque


def pacific_atlantic(heights: list[list[int]]) -> list[list[int]]:
    rows, cols = len(heights), len(heights[0])

    def uphill(starts: list[tuple[int, int]]) -> list[bool]:
        reached = [False] * (rows * cols)
        for r, c in starts:
            reached[r * cols + c] = True
        queue = deque(starts)
        while queue:
            r, c = queue.popleft()
            h = heights[r][c]
            for a, b in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= a < rows and 0 <= b < cols and not reached[a * cols + b] and heights[a][b] >= h:
                    reached[a * cols + b] = True
                    queue.append((a, b))
        return reached

    top_left = {(0, c) for c in range(cols)} | {(r, 0) for r in range(rows)}
    bottom_right = {(rows - 1, c) for c in range(cols)} | {(r, cols - 1) for r in range(rows)}
    pacific = uphill(sorted(top_left))
    atlantic = uphill(sorted(bottom_right))
    return [[r, c] for r in range(rows) for c in range(cols)
            if pacific[r * cols + c] and atlantic[r * cols + c]]
