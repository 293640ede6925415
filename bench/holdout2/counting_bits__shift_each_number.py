def popcount(x: int) -> int:
    ones = 0
    while x:
        ones += x & 1
        x >>= 1
    return ones


def counting_bits(n: int) -> list[int]:
    return [popcount(i) for i in range(n + 1)]
