"""Binary Search done as a linear scan in a Python loop. O(n) time, O(1) space."""


def binary_search(nums: list[int], target: int) -> int:
    for i, value in enumerate(nums):
        if value == target:
            return i
        if value > target:
            return -1
    return -1
