from math import comb


def nth_triangular(n):
    return comb(n + 1, 2)
