def nth_triangular(n):
    # Halve whichever of n and n + 1 is even before multiplying.
    if n % 2 == 0:
        return (n // 2) * (n + 1)
    return n * ((n + 1) // 2)
