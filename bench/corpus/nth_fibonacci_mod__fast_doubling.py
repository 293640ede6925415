MOD = 1_000_000_007


def nth_fibonacci_mod(n):
    def fib_pair(k):
        # returns (F(k), F(k+1)) mod MOD
        if k == 0:
            return 0, 1
        a, b = fib_pair(k >> 1)
        c = a * ((2 * b - a) % MOD) % MOD
        d = (a * a + b * b) % MOD
        if k & 1:
            return d, (c + d) % MOD
        return c, d

    return fib_pair(n)[0]
