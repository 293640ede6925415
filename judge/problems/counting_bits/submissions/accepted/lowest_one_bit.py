# LeetCode form: i & (i - 1) drops the lowest one bit of i, a smaller number whose
# count is already known. O(n) time, O(1) extra space.
class Solution:
    def countBits(self, n: int) -> List[int]:
        ans = [0] * (n + 1)
        for i in range(1, n + 1):
            ans[i] = ans[i & (i - 1)] + 1
        return ans
