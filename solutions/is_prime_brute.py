"""Is Prime by trying every divisor from 2 to n - 1. O(n) time, O(1) space."""


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    for d in range(2, n):
        if n % d == 0:
            return False
    return True
