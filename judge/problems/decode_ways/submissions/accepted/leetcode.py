# 91. Decode Ways
# dp over prefixes: the last digit decodes alone unless it is '0', and the last two decode
# together when they read 10..26. Only the previous two counts are kept.
# Time: O(n)   Space: O(1)
class Solution:
    def numDecodings(self, s: str) -> int:
        prev2, prev1 = 1, 1 if s[0] != "0" else 0
        for i in range(1, len(s)):
            cur = prev1 if s[i] != "0" else 0
            if self.isPair(s[i - 1], s[i]):
                cur += prev2
            prev2, prev1 = prev1, cur
        return prev1

    def isPair(self, a: str, b: str) -> bool:
        return a == "1" or (a == "2" and b <= "6")
