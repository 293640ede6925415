# 647. Palindromic Substrings
# DP: dp[i][j] is True when s[i..j] is a palindrome (ends equal and the inside is one);
# fill with i going down so dp[i + 1][j - 1] is ready. Count the True cells.
# Time O(n^2), space O(n^2).

class Solution:
    def countSubstrings(self, s: str) -> int:
        n = len(s)
        dp = [[False] * n for _ in range(n)]
        count = 0
        for i in range(n - 1, -1, -1):
            for j in range(i, n):
                if s[i] == s[j] and (j - i < 2 or dp[i + 1][j - 1]):
                    dp[i][j] = True
                    count += 1
        return count
