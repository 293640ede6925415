"""Reference solution for number_of_1_bits."""


def number_of_1_bits(n: int) -> int:
    """Brian Kernighan's trick: n & (n - 1) clears the lowest one bit, so the loop runs
    once per one bit, at most the log2(n) + 1 bits of n. O(log n) time (O(1) for a 32-bit
    word), O(1) space."""
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count
