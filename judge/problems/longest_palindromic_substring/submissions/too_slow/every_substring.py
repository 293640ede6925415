# 5. Longest Palindromic Substring
# Brute force: test every substring with two pointers and keep the longest palindrome.
# O(n^2) substrings, O(n) per check: O(n^3) time, O(1) space.

class Solution:
    def longestPalindrome(self, s: str) -> str:
        n = len(s)
        best_i, best_j = 0, 0
        for i in range(n):
            for j in range(i, n):
                if self.isPalindrome(s, i, j) and j - i > best_j - best_i:
                    best_i, best_j = i, j
        return s[best_i:best_j + 1]

    def isPalindrome(self, s: str, i: int, j: int) -> bool:
        while i < j:
            if s[i] != s[j]:
                return False
            i += 1
            j -= 1
        return True
