# Same recurrence as the half-number DP, but the loop stops at n - 1: the last count
# is left at 0.
class Solution:
    def countBits(self, n: int) -> List[int]:
        res = [0] * (n + 1)
        for i in range(1, n):
            res[i] = res[i >> 1] + (i & 1)
        return res
