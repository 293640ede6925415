"""3Sum Closest, pasted in LeetCode form.

Sort the numbers; for each first number, two pointers over the rest move towards the
target (left up when the sum is too small, right down when too large).
O(n^2) time, O(n) space for the sorted copy.
"""

from typing import List


class Solution:
    def threeSumClosest(self, nums: List[int], target: int) -> int:
        nums = sorted(nums)
        best = nums[0] + nums[1] + nums[2]
        for i in range(len(nums) - 2):
            lo, hi = i + 1, len(nums) - 1
            while lo < hi:
                total = nums[i] + nums[lo] + nums[hi]
                if total == target:
                    return total
                if abs(total - target) < abs(best - target):
                    best = total
                if total < target:
                    lo += 1
                else:
                    hi -= 1
        return best
