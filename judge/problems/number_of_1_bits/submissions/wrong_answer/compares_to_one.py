# Tests each bit with `n & (1 << i) == 1`: the masked bit is 1 << i, which equals 1 only
# for i = 0, so only the lowest bit is ever counted.
class Solution:
    def hammingWeight(self, n: int) -> int:
        count = 0
        for i in range(32):
            if n & (1 << i) == 1:
                count += 1
        return count
