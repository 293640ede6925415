# Carry loop with a 32-bit mask, but returns the masked value as it is: a negative sum
# comes back as a large positive number (e.g. -3 as 4294967293).
class Solution:
    def getSum(self, a: int, b: int) -> int:
        mask = 0xFFFFFFFF
        while b & mask:
            a, b = (a ^ b) & mask, ((a & b) << 1) & mask
        return a & mask
