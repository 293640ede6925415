"""Reference solution for missing_number."""


def missing_number(nums: list[int]) -> int:
    """XOR every index 0..n and every value: each present number cancels with its own
    index, leaving the missing one. O(n) time, O(1) space (no big integers either)."""
    missing = len(nums)
    for i, x in enumerate(nums):
        missing ^= i ^ x
    return missing
