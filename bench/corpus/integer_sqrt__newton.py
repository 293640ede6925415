def integer_sqrt(x):
    if x < 2:
        return x
    r = x
    while True:
        nxt = (r + x // r) // 2
        if nxt >= r:
            return r
        r = nxt
