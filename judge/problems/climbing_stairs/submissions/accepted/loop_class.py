"""LeetCode form (LeetCode calls the method climbStairs): bottom-up counting that keeps
the number of ways to reach the previous two steps. O(n) time, O(1) space."""


class Solution:
    def climbStairs(self, n: int) -> int:
        mod = 10**9 + 7
        two_back, one_back = 0, 1
        for _ in range(n):
            two_back, one_back = one_back, (two_back + one_back) % mod
        return one_back
