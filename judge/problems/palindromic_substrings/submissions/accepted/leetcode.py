# 647. Palindromic Substrings
# Expand around center: for each index try the odd center (i, i) and the even center
# (i, i + 1); every successful expansion step is one palindrome.
# Time O(n^2), space O(1).

class Solution:
    def countSubstrings(self, s: str) -> int:
        res = 0
        for i in range(len(s)):
            res += self.countPali(s, i, i)
            res += self.countPali(s, i, i + 1)
        return res

    def countPali(self, s: str, l: int, r: int) -> int:
        res = 0
        while l >= 0 and r < len(s) and s[l] == s[r]:
            res += 1
            l -= 1
            r += 1
        return res
