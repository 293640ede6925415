# 62. Unique Paths
# Every route is an arrangement of (m - 1) downs and (n - 1) rights, so the answer is the
# binomial coefficient C(m + n - 2, min(m, n) - 1), built factor by factor.
# Time: O(min(m, n)) multiplications   Space: O(1) numbers
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        return self.choose(m + n - 2, min(m, n) - 1)

    def choose(self, total: int, k: int) -> int:
        result = 1
        for i in range(1, k + 1):
            result = result * (total - k + i) // i  # C(total - k + i, i): always exact
        return result
