# 647. Palindromic Substrings
# Expand around centers, but collects the palindromes in a set: equal substrings at
# different positions are counted once ("aaa" gives 3 instead of 6).

class Solution:
    def countSubstrings(self, s: str) -> int:
        seen = set()
        for i in range(len(s)):
            for l, r in ((i, i), (i, i + 1)):
                while l >= 0 and r < len(s) and s[l] == s[r]:
                    seen.add(s[l:r + 1])
                    l -= 1
                    r += 1
        return len(seen)
