"""Reference solution for unique_paths."""


def unique_paths(m: int, n: int) -> int:
    """A path is m - 1 moves down and n - 1 moves right in some order: C(m + n - 2, k) with
    k = min(m, n) - 1. The product (m + n - 2 - k + 1) / 1 * ... is built one factor at a
    time; after step i it is C(m + n - 2 - k + i, i), an integer, so the division is exact.
    k multiplications and divisions of an O(m + n)-digit number by a small one: O(n^2) time
    for n = max(m, n), O(n) space for the running product."""
    k = min(m, n) - 1
    total = m + n - 2
    ways = 1
    for i in range(1, k + 1):
        ways = ways * (total - k + i) // i
    return ways
