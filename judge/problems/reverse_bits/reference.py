"""Reference solution for reverse_bits."""


def reverse_bits(n: int) -> int:
    """Move the lowest bit of n onto the result 32 times: bit i of n lands at bit 31 - i.
    Exactly 32 rounds for any 32-bit value: O(1) time, O(1) space."""
    result = 0
    for _ in range(32):
        result = (result << 1) | (n & 1)
        n >>= 1
    return result
