# 76. Minimum Window Substring
# Sliding window over the SET of t's letters: forgets that t may repeat a letter, so
# s = "a", t = "aa" returns "a" instead of "".

class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = set(t)
        window = {}
        have = 0
        l = 0
        best = ""
        for r, c in enumerate(s):
            window[c] = window.get(c, 0) + 1
            if c in need and window[c] == 1:
                have += 1
            while have == len(need):
                if not best or r - l + 1 < len(best):
                    best = s[l:r + 1]
                window[s[l]] -= 1
                if s[l] in need and window[s[l]] == 0:
                    have -= 1
                l += 1
        return best
