"""Reference solution for counting_bits."""


def counting_bits(n: int) -> list[int]:
    """i has the bits of i >> 1 plus its own lowest bit, and i >> 1 < i is already known:
    one step per number. O(n) time, O(1) space besides the returned list."""
    bits = [0] * (n + 1)
    for i in range(1, n + 1):
        bits[i] = bits[i >> 1] + (i & 1)
    return bits
