import sys

MOD = 1_000_000_007


def climbing_stairs(n):
    sys.setrecursionlimit(max(sys.getrecursionlimit(), n + 1000))
    memo = {0: 1, 1: 1}

    def ways(k):
        if k not in memo:
            memo[k] = (ways(k - 1) + ways(k - 2)) % MOD
        return memo[k]

    return ways(n)
