# 76. Minimum Window Substring
# Brute force: from every start, extend to the right with a counter of what t still
# needs, and stop at the first end that covers t. Each start can scan the rest of s:
# O(m * (m + 52)) = O(m^2) time, O(1) space.
from collections import Counter


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        best = ""
        for i in range(len(s)):
            remaining = dict(need)
            missing = len(t)
            for j in range(i, len(s)):
                c = s[j]
                if remaining.get(c, 0) > 0:
                    remaining[c] -= 1
                    missing -= 1
                    if missing == 0:
                        if not best or j - i + 1 < len(best):
                            best = s[i:j + 1]
                        break
        return best
