def integer_sqrt(x):
    # Binary digit-by-digit square root: one result bit per iteration, highest first.
    if x == 0:
        return 0
    bit = 1 << ((x.bit_length() - 1) & ~1)  # largest power of four <= x
    root = 0
    while bit:
        if x >= root + bit:
            x -= root + bit
            root = (root >> 1) + bit
        else:
            root >>= 1
        bit >>= 2
    return root
