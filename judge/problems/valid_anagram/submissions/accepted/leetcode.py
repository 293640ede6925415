# 242. Valid Anagram
# Count each string's letters into 26 buckets and compare the two tables.
# Time O(n), extra space O(1): the tables have 26 entries whatever n is.

class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        if len(s) != len(t):
            return False
        return self.letterCounts(s) == self.letterCounts(t)

    def letterCounts(self, word: str) -> List[int]:
        counts = [0] * 26
        for ch in word:
            counts[ord(ch) - ord('a')] += 1
        return counts
