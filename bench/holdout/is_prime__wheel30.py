def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5):
        if n % p == 0:
            return n == p
    # Trial divisors coprime to 30: 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, ...
    steps = (4, 2, 4, 2, 4, 6, 2, 6)
    d, i = 7, 0
    while d * d <= n:
        if n % d == 0:
            return False
        d += steps[i]
        i = (i + 1) & 7
    return True
