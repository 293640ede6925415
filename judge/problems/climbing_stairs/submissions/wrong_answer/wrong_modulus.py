"""Reduces modulo 10**9 + 9 instead of 10**9 + 7: right until the count exceeds 10**9."""


def climbing_stairs(n: int) -> int:
    a, b = 1, 1
    for _ in range(n - 1):
        a, b = b, (a + b) % (10**9 + 9)
    return b
