"""Is Prime: a composite n has a divisor no larger than sqrt(n), so it is enough to try
2 and the odd numbers up to isqrt(n). O(sqrt n) time, O(1) space."""

from math import isqrt


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    return all(n % d for d in range(3, isqrt(n) + 1, 2))
