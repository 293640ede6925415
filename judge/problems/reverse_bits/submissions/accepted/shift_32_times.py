# LeetCode form: shift the lowest bit of n into the answer 32 times.
# O(1) time (always 32 rounds), O(1) space.
class Solution:
    def reverseBits(self, n: int) -> int:
        res = 0
        for i in range(32):
            bit = (n >> i) & 1
            res |= bit << (31 - i)
        return res
