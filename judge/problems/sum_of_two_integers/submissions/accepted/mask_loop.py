# LeetCode form: carry loop on 32-bit masked values, sign restored at the end.
# O(1) time (at most 32 rounds), O(1) space.
class Solution:
    def getSum(self, a: int, b: int) -> int:
        mask = 0xFFFFFFFF
        max_int = 0x7FFFFFFF
        while b != 0:
            a, b = (a ^ b) & mask, ((a & b) << 1) & mask
        return a if a <= max_int else ~(a ^ mask)
