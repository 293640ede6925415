# Plain recursion without memoisation: decode one digit or two and recurse on the rest.
# It makes one call per decoding of every prefix: O(phi^n) time on "111...1", O(n) stack.
class Solution:
    def numDecodings(self, s: str) -> int:
        def count(i: int) -> int:
            if i == len(s):
                return 1
            if s[i] == "0":
                return 0
            ways = count(i + 1)
            if i + 1 < len(s) and int(s[i:i + 2]) <= 26:
                ways += count(i + 2)
            return ways

        return count(0)
