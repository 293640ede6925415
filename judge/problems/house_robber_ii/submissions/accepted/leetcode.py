# 213. House Robber II
# The first and last houses touch, so they are never both robbed: solve the straight
# street twice, once without the last house and once without the first.
# Time: O(n)   Space: O(1)
class Solution:
    def rob(self, nums: List[int]) -> int:
        if len(nums) == 1:
            return nums[0]
        return max(self.robLine(nums, 0, len(nums) - 1), self.robLine(nums, 1, len(nums)))

    def robLine(self, nums: List[int], lo: int, hi: int) -> int:
        prev2 = prev1 = 0
        for i in range(lo, hi):
            prev2, prev1 = prev1, max(prev1, prev2 + nums[i])
        return prev1
