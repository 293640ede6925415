MOD = 1_000_000_007


def nth_fibonacci_mod(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % MOD
    return a
