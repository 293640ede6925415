def sum_of_divisors(n):
    return n + sum(d for d in range(1, n // 2 + 1) if n % d == 0)
