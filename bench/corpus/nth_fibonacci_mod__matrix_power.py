MOD = 1_000_000_007


def nth_fibonacci_mod(n):
    # [[1,1],[1,0]]^n = [[F(n+1), F(n)], [F(n), F(n-1)]]
    ra, rb, rc, rd = 1, 0, 0, 1
    ma, mb, mc, md = 1, 1, 1, 0
    while n:
        if n & 1:
            ra, rb, rc, rd = ((ra * ma + rb * mc) % MOD, (ra * mb + rb * md) % MOD,
                              (rc * ma + rd * mc) % MOD, (rc * mb + rd * md) % MOD)
        ma, mb, mc, md = ((ma * ma + mb * mc) % MOD, (ma * mb + mb * md) % MOD,
                          (mc * ma + md * mc) % MOD, (mc * mb + md * md) % MOD)
        n >>= 1
    return rb
