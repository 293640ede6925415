"""Reference solution for climbing_stairs."""

MOD = 1_000_000_007


def climbing_stairs(n: int) -> int:
    """ways(i) = ways(i - 1) + ways(i - 2), keeping only the last two values, reduced
    modulo MOD: O(n) time, O(1) space."""
    a, b = 1, 1  # ways(0), ways(1)
    for _ in range(n - 1):
        a, b = b, (a + b) % MOD
    return b
