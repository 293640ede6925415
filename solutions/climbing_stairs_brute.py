"""Climbing Stairs by naive recursion on ways(n) = ways(n-1) + ways(n-2), with no
memoization: the call tree has about 1.6^n nodes, so O(2^n) time, O(n) stack."""

MOD = 1_000_000_007


def climbing_stairs(n: int) -> int:
    if n <= 1:
        return 1
    return (climbing_stairs(n - 1) + climbing_stairs(n - 2)) % MOD
