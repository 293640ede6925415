"""Reference solution for binary_search."""


def binary_search(nums: list[int], target: int) -> int:
    """Halve the closed interval [lo, hi] each step: O(log n) time, O(1) space."""
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        value = nums[mid]
        if value == target:
            return mid
        if value < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
