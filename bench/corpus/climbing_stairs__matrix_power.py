MOD = 1_000_000_007


def _mul(x, y):
    return [
        [(x[0][0] * y[0][0] + x[0][1] * y[1][0]) % MOD, (x[0][0] * y[0][1] + x[0][1] * y[1][1]) % MOD],
        [(x[1][0] * y[0][0] + x[1][1] * y[1][0]) % MOD, (x[1][0] * y[0][1] + x[1][1] * y[1][1]) % MOD],
    ]


def climbing_stairs(n):
    # ways(n) = F(n + 1); [[1,1],[1,0]]^(n+1) holds F(n+1) at [0][1].
    result = [[1, 0], [0, 1]]
    base = [[1, 1], [1, 0]]
    e = n + 1
    while e:
        if e & 1:
            result = _mul(result, base)
        base = _mul(base, base)
        e >>= 1
    return result[0][1]
