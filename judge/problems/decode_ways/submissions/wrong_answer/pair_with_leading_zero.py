# Checks a two-digit piece with 1 <= int(piece) <= 26 instead of 10 <= ... <= 26, so
# "06" counts as a code: "06" gives 1 instead of 0.
class Solution:
    def numDecodings(self, s: str) -> int:
        prev2, prev1 = 1, 1 if s[0] != "0" else 0
        for i in range(1, len(s)):
            cur = prev1 if s[i] != "0" else 0
            if 1 <= int(s[i - 1:i + 1]) <= 26:
                cur += prev2
            prev2, prev1 = prev1, cur
        return prev1
