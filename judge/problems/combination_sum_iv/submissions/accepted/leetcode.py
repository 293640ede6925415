# LeetCode 377. Combination Sum IV
# Bottom-up: dp[t] = number of ordered ways to make t = sum of dp[t - x].
# Counts for sums the target can never come down to may blow up (e.g. all nums even,
# target odd); they never reach the answer, which fits in 32 bits, so cap them.
# Time O(target * len(nums)), space O(target).

class Solution:
    def combinationSum4(self, nums: List[int], target: int) -> int:
        return self.countWays(sorted(nums), target)[target]

    def countWays(self, nums: List[int], target: int) -> List[int]:
        INT_MAX = 2**31 - 1
        dp = [1] + [0] * target
        for t in range(1, target + 1):
            for x in nums:
                if x > t:
                    break
                dp[t] += dp[t - x]
            if dp[t] > INT_MAX:
                dp[t] = INT_MAX + 1
        return dp
