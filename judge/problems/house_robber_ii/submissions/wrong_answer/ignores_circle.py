# Solves the straight-street version (LeetCode 198) and forgets that the first and the
# last house are neighbours: [2, 3, 2] gives 4 instead of 3.
class Solution:
    def rob(self, nums: List[int]) -> int:
        prev2 = prev1 = 0
        for money in nums:
            prev2, prev1 = prev1, max(prev1, prev2 + money)
        return prev1
