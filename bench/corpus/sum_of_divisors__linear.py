def sum_of_divisors(n):
    total = 0
    for d in range(1, n + 1):
        if n % d == 0:
            total += d
    return total
