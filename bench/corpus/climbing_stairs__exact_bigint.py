def climbing_stairs(n):
    # Exact counts first, remainder at the end: the numbers grow to about 0.69 n bits.
    a, b = 1, 1
    for _ in range(n - 1):
        a, b = b, a + b
    return b % 1_000_000_007
