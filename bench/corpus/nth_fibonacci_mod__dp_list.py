MOD = 1_000_000_007


def nth_fibonacci_mod(n):
    f = [0] * (n + 2)
    f[1] = 1
    for i in range(2, n + 1):
        f[i] = (f[i - 1] + f[i - 2]) % MOD
    return f[n]
