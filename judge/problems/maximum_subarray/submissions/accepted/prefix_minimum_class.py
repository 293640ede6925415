"""LeetCode form (LeetCode calls the method maxSubArray): the best subarray ending at i
is the prefix sum at i minus the smallest earlier prefix sum. O(n) time, O(1) space."""

from typing import List


class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        prefix = 0
        lowest_prefix = 0
        best = nums[0]
        for x in nums:
            prefix += x
            best = max(best, prefix - lowest_prefix)
            lowest_prefix = min(lowest_prefix, prefix)
        return best
