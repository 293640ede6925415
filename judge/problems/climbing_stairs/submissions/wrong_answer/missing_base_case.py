"""Starts the recurrence from ways(1) = 1, ways(2) = 2 and loops n - 2 times, which is
right for n >= 2 but answers 2 for n = 1 (the loop runs zero times)."""

MOD = 1_000_000_007


def climbing_stairs(n: int) -> int:
    one_back, current = 1, 2
    for _ in range(n - 2):
        one_back, current = current, (one_back + current) % MOD
    return current
