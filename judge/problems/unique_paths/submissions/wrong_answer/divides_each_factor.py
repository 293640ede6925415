# The binomial formula with `result *= (total - k + i) // i`: the augmented assignment
# divides each factor before multiplying, which truncates. Right for 3 x 7 (28) and 3 x 2,
# wrong for 10 x 10 (19200 instead of 48620).
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        total, k = m + n - 2, min(m, n) - 1
        result = 1
        for i in range(1, k + 1):
            result *= (total - k + i) // i
        return result
