"""Longest Common Subsequence: dynamic programming over prefixes, where
dp[i][j] = dp[i-1][j-1] + 1 if the letters match, else max(dp[i-1][j], dp[i][j-1]).
Only the previous row is needed: O(m*n) time, O(n) space."""


def longest_common_subsequence(text1: str, text2: str) -> int:
    prev = [0] * (len(text2) + 1)
    for a in text1:
        curr = [0]
        for j, b in enumerate(text2):
            curr.append(prev[j] + 1 if a == b else max(prev[j + 1], curr[j]))
        prev = curr
    return prev[-1]
