# 647. Palindromic Substrings
# Brute force: test every substring with two pointers.
# O(n^2) substrings, O(n) per test: O(n^3) time, O(1) space.

class Solution:
    def countSubstrings(self, s: str) -> int:
        n = len(s)
        count = 0
        for i in range(n):
            for j in range(i, n):
                if self.isPalindrome(s, i, j):
                    count += 1
        return count

    def isPalindrome(self, s: str, i: int, j: int) -> bool:
        while i < j:
            if s[i] != s[j]:
                return False
            i += 1
            j -= 1
        return True
