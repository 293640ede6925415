"""Reference solution for is_prime."""


def is_prime(n: int) -> bool:
    """Trial division by 2, 3 and the numbers 6k +- 1 up to sqrt(n).
    O(sqrt n) time, O(1) space."""
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0 or n % 3 == 0:
        return False
    d = 5
    while d * d <= n:
        if n % d == 0 or n % (d + 2) == 0:
            return False
        d += 6
    return True
