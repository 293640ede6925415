"""Reference solution for longest_common_subsequence."""


def longest_common_subsequence(text1: str, text2: str) -> int:
    """dp[i][j] = LCS length of text1[:i] and text2[:j], over the full table.
    O(n^2) time, O(n^2) space."""
    m, n = len(text1), len(text2)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        a = text1[i - 1]
        prev, row = dp[i - 1], dp[i]
        for j in range(1, n + 1):
            if a == text2[j - 1]:
                row[j] = prev[j - 1] + 1
            else:
                left, up = row[j - 1], prev[j]
                row[j] = left if left > up else up
    return dp[m][n]
