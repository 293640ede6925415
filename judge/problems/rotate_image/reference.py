"""Reference solution for rotate_image."""


def rotate_image(matrix: list[list[int]]) -> None:
    """Transpose across the main diagonal, then reverse every row. Each cell is swapped
    at most twice: O(n) time in the number of cells, O(1) extra space."""
    s = len(matrix)
    for i in range(s):
        row = matrix[i]
        for j in range(i + 1, s):
            row[j], matrix[j][i] = matrix[j][i], row[j]
    for row in matrix:
        row.reverse()
