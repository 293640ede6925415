# 424. Longest Repeating Character Replacement
# Sliding window: a window is fine while (its length - count of its most frequent
# letter) <= k; when it is not, move the left edge one step.
# Time O(26 n) = O(n), extra space O(1) (26 counts).

class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        counts = [0] * 26
        left = 0
        best = 0
        for right in range(len(s)):
            counts[self.index(s[right])] += 1
            while right - left + 1 - max(counts) > k:
                counts[self.index(s[left])] -= 1
                left += 1
            best = max(best, right - left + 1)
        return best

    def index(self, ch: str) -> int:
        return ord(ch) - ord('A')
