# One-liner: count the '1' characters of the binary string.
class Solution:
    def hammingWeight(self, n: int) -> int:
        return bin(n).count("1")
