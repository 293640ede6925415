def nth_triangular(n):
    return n * (n + 1) // 2
