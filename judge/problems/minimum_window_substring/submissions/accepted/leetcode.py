# 76. Minimum Window Substring
# Sliding window: extend right until every needed char is covered ("formed" counts the
# distinct chars whose count is met), then shrink from the left while it stays valid.
# Time O(m + n), space O(1) (at most 52 distinct letters).

class Solution:
    def minWindow(self, s: str, t: str) -> str:
        if not s or not t or len(t) > len(s):
            return ""
        need = {}
        for c in t:
            need[c] = need.get(c, 0) + 1
        required = len(need)
        window = {}
        formed = 0
        l = 0
        ans = (float("inf"), 0, 0)
        for r, c in enumerate(s):
            window[c] = window.get(c, 0) + 1
            if c in need and window[c] == need[c]:
                formed += 1
            while formed == required:
                if r - l + 1 < ans[0]:
                    ans = (r - l + 1, l, r)
                lc = s[l]
                window[lc] -= 1
                if lc in need and window[lc] < need[lc]:
                    formed -= 1
                l += 1
        return "" if ans[0] == float("inf") else s[ans[1]:ans[2] + 1]
