def sum_of_divisors(n):
    # sigma is multiplicative: sigma(p^e) = 1 + p + ... + p^e.
    result = 1
    m = n
    p = 2
    while p * p <= m:
        if m % p == 0:
            term, power = 1, 1
            while m % p == 0:
                m //= p
                power *= p
                term += power
            result *= term
        p += 1 if p == 2 else 2
    if m > 1:
        result *= 1 + m
    return result
