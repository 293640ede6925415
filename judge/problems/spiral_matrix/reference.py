"""Reference solution for spiral_matrix."""


def spiral_matrix(matrix: list[list[int]]) -> list[int]:
    """Walk the four shrinking borders, checking that a row and a column remain before
    the bottom and left legs. Each cell is read once: O(n) time, O(1) extra space
    besides the answer."""
    top, bottom = 0, len(matrix) - 1
    left, right = 0, len(matrix[0]) - 1
    out: list[int] = []
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            out.append(matrix[top][c])
        for r in range(top + 1, bottom + 1):
            out.append(matrix[r][right])
        if top < bottom:
            for c in range(right - 1, left - 1, -1):
                out.append(matrix[bottom][c])
        if left < right:
            for r in range(bottom - 1, top, -1):
                out.append(matrix[r][left])
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return out
