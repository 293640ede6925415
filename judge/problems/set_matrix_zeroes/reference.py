"""Reference solution for set_matrix_zeroes."""


def set_matrix_zeroes(matrix: list[list[int]]) -> None:
    """Use row 0 and column 0 as the flags of the other rows and columns, with two
    booleans for row 0 and column 0 themselves. Two passes over the cells: O(n) time,
    O(1) extra space."""
    rows, cols = len(matrix), len(matrix[0])
    first_row = any(v == 0 for v in matrix[0])
    first_col = any(matrix[r][0] == 0 for r in range(rows))
    for r in range(1, rows):
        row = matrix[r]
        for c in range(1, cols):
            if row[c] == 0:
                row[0] = 0
                matrix[0][c] = 0
    for r in range(1, rows):
        row = matrix[r]
        if row[0] == 0:
            for c in range(1, cols):
                row[c] = 0
    top = matrix[0]
    for c in range(1, cols):
        if top[c] == 0:
            for r in range(1, rows):
                matrix[r][c] = 0
    if first_row:
        for c in range(cols):
            top[c] = 0
    if first_col:
        for r in range(rows):
            matrix[r][0] = 0
