"""Tries every divisor up to n // 2: correct, but O(n) time on primes. The hidden tests
stay small enough for it, so the complexity phase is what catches it."""


def is_prime(n: int) -> bool:
    return n >= 2 and not any(n % d == 0 for d in range(2, n // 2 + 1))
