"""Hash set, but counts upwards from every value, not only from the start of a run:
correct, and O(n^2) on one long run (n + (n - 1) + ... + 1 lookups)."""


def longest_consecutive(nums: list[int]) -> int:
    values = set(nums)
    best = 0
    for x in values:
        length = 1
        while x + length in values:
            length += 1
        best = max(best, length)
    return best
