# LeetCode 139. Word Break
# dp[i] = s[:i] can be segmented. Only the word lengths that exist can end a piece at i,
# so each position checks at most (number of distinct lengths) slices.
# Time O(n * L^2) with L the longest word, space O(n).

class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        lengths = sorted(set(len(w) for w in wordDict))
        dp = [True] + [False] * len(s)
        for i in range(1, len(s) + 1):
            dp[i] = self.endsHere(s, i, dp, words, lengths)
        return dp[len(s)]

    def endsHere(self, s: str, i: int, dp: List[bool], words: Set[str], lengths: List[int]) -> bool:
        for L in lengths:
            if L > i:
                return False
            if dp[i - L] and s[i - L:i] in words:
                return True
        return False
