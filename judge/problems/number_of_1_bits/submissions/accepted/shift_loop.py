# LeetCode form: look at the lowest bit and shift right until nothing is left.
# One round per bit of n: O(log n) time (32 rounds at most for a 32-bit word), O(1) space.
class Solution:
    def hammingWeight(self, n: int) -> int:
        count = 0
        while n:
            count += n & 1
            n >>= 1
        return count
