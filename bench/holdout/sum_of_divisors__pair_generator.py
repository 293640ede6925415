from math import isqrt


def sum_of_divisors(n):
    # Each divisor d <= sqrt(n) pairs with n // d; a square root is counted once.
    r = isqrt(n)
    total = sum(d + n // d for d in range(1, r + 1) if n % d == 0)
    return total - r if r * r == n else total
