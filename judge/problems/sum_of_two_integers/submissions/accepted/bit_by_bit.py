# Full adder applied to each of the 32 bit positions, least significant first.
# Exactly 32 rounds whatever the values: O(1) time, O(1) space.
class Solution:
    def getSum(self, a: int, b: int) -> int:
        result = 0
        carry = 0
        for i in range(32):
            x = (a >> i) & 1
            y = (b >> i) & 1
            result |= (x ^ y ^ carry) << i
            carry = (x & y) | (x & carry) | (y & carry)
        if result >> 31:          # bit 31 set: negative in two's complement
            result = ~(result ^ 0xFFFFFFFF)
        return result
