"""Reference solution for sum_of_two_integers."""

MASK = 0xFFFFFFFF  # the low 32 bits
SIGN = 0x80000000  # bit 31


def sum_of_two_integers(a: int, b: int) -> int:
    """Add as a 32-bit ripple-carry adder would: XOR gives the sum without carries, AND
    shifted left gives the carries, repeated until no carry is left. Everything is kept
    to 32 bits, so a carry leaves the word after at most 32 rounds, and the 32-bit result
    is read back as a signed number. O(1) time, O(1) space."""
    a &= MASK
    b &= MASK
    while b:
        a, b = a ^ b, ((a & b) << 1) & MASK
    return a if not a & SIGN else ~(a ^ MASK)
