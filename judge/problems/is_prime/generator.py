"""Input generators for is_prime: n is the value itself.

Primes (and squares of primes) are the worst case for trial division, which stops early
on any number with a small factor. The generators find primes with a deterministic
Miller-Rabin test (exact for every n below 3.3 * 10**24).
"""

import random
from math import isqrt

LIMIT = 2 * 10**13
_BASES = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)


def _probably_prime(n: int) -> bool:
    """Deterministic Miller-Rabin for n < 3.3 * 10**24."""
    if n < 2:
        return False
    for p in _BASES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in _BASES:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def _next_prime(n: int) -> int:
    n = max(n, 2)
    while not _probably_prime(n):
        n += 1
    return n


def generate(n: int, rng: random.Random) -> dict:
    """A prime just above n (within about n / 1000 of it)."""
    return {"n": _next_prime(n + rng.randrange(max(1, n // 1000)))}


def generate_prime_square(n: int, rng: random.Random) -> dict:
    """p * p for the first prime p above sqrt(n): composite, but its smallest factor is
    sqrt(n), so trial division still runs to the end."""
    p = _next_prime(isqrt(n) + rng.randrange(max(1, isqrt(n) // 1000)))
    return {"n": p * p}


def validate(input: dict) -> str | None:
    n = input.get("n")
    if not isinstance(n, int) or isinstance(n, bool) or not 0 <= n <= LIMIT:
        return "n must be an integer in [0, 2 * 10**13]"
    return None
