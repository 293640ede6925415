"""Tries every divisor up to n // 2: correct, but O(n) time on primes, so the hidden
tests with primes near 10**12 exceed the time limit."""


def is_prime(n: int) -> bool:
    return n >= 2 and not any(n % d == 0 for d in range(2, n // 2 + 1))
