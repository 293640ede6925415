def rotate_image(matrix):
    """Reflect across the anti-diagonal, then turn the matrix upside down:
    new[i][j] = old[s-1-j][i], a clockwise quarter turn, all in place."""
    s = len(matrix)
    last = s - 1
    for i in range(s):
        row = matrix[i]
        for j in range(last - i):
            other = matrix[last - j]
            row[j], other[last - i] = other[last - i], row[j]
    matrix.reverse()
