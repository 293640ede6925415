"""Computes the exact count with Python's big integers and reduces only at the end.
The numbers have O(n) digits, so each addition is O(n): O(n^2) time, O(n) space."""


def climbing_stairs(n: int) -> int:
    a, b = 1, 1
    for _ in range(n - 1):
        a, b = b, a + b
    return b % 1_000_000_007
