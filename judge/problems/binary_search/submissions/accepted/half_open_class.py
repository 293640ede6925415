"""LeetCode form (LeetCode calls the method search): binary search on the half-open
interval [lo, hi) for the first value >= target. O(log n) time, O(1) space."""

from typing import List


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid
        return lo if lo < len(nums) and nums[lo] == target else -1
