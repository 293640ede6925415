# 5. Longest Palindromic Substring
# Expands only around single characters, so palindromes of even length ("cbbd" -> "bb")
# are never found.

class Solution:
    def longestPalindrome(self, s: str) -> str:
        best = ""
        for i in range(len(s)):
            l, r = i, i
            while l >= 0 and r < len(s) and s[l] == s[r]:
                l -= 1
                r += 1
            if r - l - 1 > len(best):
                best = s[l + 1:r]
        return best
