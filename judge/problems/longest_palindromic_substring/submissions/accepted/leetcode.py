# 5. Longest Palindromic Substring
# Expand around center: every palindrome has a center (one char for odd length, a gap
# between two chars for even length). Grow from each one while the ends match.
# Time O(n^2), space O(1).

class Solution:
    def longestPalindrome(self, s: str) -> str:
        start, end = 0, 0
        for i in range(len(s)):
            len1 = self.expand(s, i, i)
            len2 = self.expand(s, i, i + 1)
            length = max(len1, len2)
            if length > end - start + 1:
                start = i - (length - 1) // 2
                end = i + length // 2
        return s[start:end + 1]

    def expand(self, s: str, left: int, right: int) -> int:
        while left >= 0 and right < len(s) and s[left] == s[right]:
            left -= 1
            right += 1
        return right - left - 1
