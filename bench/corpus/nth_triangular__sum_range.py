def nth_triangular(n):
    return sum(range(n + 1))
