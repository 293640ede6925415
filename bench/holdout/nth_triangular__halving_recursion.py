def nth_triangular(n):
    # T(2m) = 4 T(m) - m and T(2m + 1) = T(2m) + 2m + 1: halve n at each call.
    if n == 0:
        return 0
    m = n // 2
    even = 4 * nth_triangular(m) - m
    return even + n if n % 2 else even
