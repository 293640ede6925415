def is_power_of_two(n):
    # A power of two has exactly one set bit (n >= 1 by the constraints).
    return n.bit_count() == 1
