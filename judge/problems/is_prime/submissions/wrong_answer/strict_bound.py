"""6k +- 1 trial division that stops while d * d < n, so squares of primes such as
25 and 49 are reported prime."""


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0 or n % 3 == 0:
        return False
    d = 5
    while d * d < n:
        if n % d == 0 or n % (d + 2) == 0:
            return False
        d += 6
    return True
