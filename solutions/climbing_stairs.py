"""Climbing Stairs: the last move is 1 or 2 steps, so ways(n) = ways(n-1) + ways(n-2),
a Fibonacci recurrence. Iterate keeping the last two values, modulo 10**9 + 7.
O(n) time, O(1) space."""

MOD = 1_000_000_007


def climbing_stairs(n: int) -> int:
    prev, curr = 1, 1  # ways to reach step 0 and step 1
    for _ in range(n - 1):
        prev, curr = curr, (prev + curr) % MOD
    return curr
