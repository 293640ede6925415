import sys

MOD = 1_000_000_007


def nth_fibonacci_mod(n):
    sys.setrecursionlimit(max(sys.getrecursionlimit(), n + 1000))
    memo = {0: 0, 1: 1}

    def fib(k):
        if k in memo:
            return memo[k]
        value = (fib(k - 1) + fib(k - 2)) % MOD
        memo[k] = value
        return value

    return fib(n)
