"""Reference solution for longest_consecutive_sequence."""


def longest_consecutive(nums: list[int]) -> int:
    """Put the values in a set, then walk each run upwards from its smallest value only
    (a value whose predecessor is absent): every value is visited at most twice.
    O(n) time, O(n) extra space."""
    values = set(nums)
    best = 0
    for start in values:
        if start - 1 in values:
            continue
        end = start + 1
        while end in values:
            end += 1
        if end - start > best:
            best = end - start
    return best
