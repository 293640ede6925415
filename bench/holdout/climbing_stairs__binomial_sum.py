MOD = 1_000_000_007


def climbing_stairs(n):
    # With k two-steps there are C(n - k, k) orders. Walk k upwards with
    # C(n-k-1, k+1) = C(n-k, k) * (n-2k) * (n-2k-1) / ((k+1) * (n-k)), dividing by a
    # modular inverse (n <= 10**7 < MOD, so nothing divided is 0 mod MOD).
    term = 1
    total = 1
    for k in range(n // 2):
        num = (n - 2 * k) * (n - 2 * k - 1) % MOD
        den = (k + 1) * (n - k) % MOD
        term = term * num % MOD * pow(den, MOD - 2, MOD) % MOD
        total += term
    return total % MOD
