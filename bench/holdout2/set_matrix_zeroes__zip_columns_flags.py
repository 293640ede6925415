def set_matrix_zeroes(matrix):
    # Find the zero rows and the zero columns first (columns via zip), then clear them.
    cols = len(matrix[0])
    zero_cols = [j for j, column in enumerate(zip(*matrix)) if 0 in column]
    zero_rows = [i for i, row in enumerate(matrix) if 0 in row]
    for i in zero_rows:
        matrix[i][:] = [0] * cols
    if zero_cols:
        for row in matrix:
            for j in zero_cols:
                row[j] = 0
