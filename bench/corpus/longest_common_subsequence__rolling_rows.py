class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        n = len(text2)
        prev = [0] * (n + 1)
        for a in text1:
            cur = [0] * (n + 1)
            for j in range(1, n + 1):
                if a == text2[j - 1]:
                    cur[j] = prev[j - 1] + 1
                else:
                    cur[j] = cur[j - 1] if cur[j - 1] > prev[j] else prev[j]
            prev = cur
        return prev[n]
