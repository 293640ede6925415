"""Binary Search with the standard library: bisect_left finds the first position whose
value is >= target in O(log n) time, O(1) space."""

from bisect import bisect_left


def binary_search(nums: list[int], target: int) -> int:
    i = bisect_left(nums, target)
    return i if i < len(nums) and nums[i] == target else -1
