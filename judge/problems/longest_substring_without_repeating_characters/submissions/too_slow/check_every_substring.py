"""LeetCode's "approach 1": test every substring for repeated letters. The check stops
at the first repeat, so it costs at most 27 steps, but there are O(n^2) substrings:
O(n^2) time, O(1) space."""


def longest_unique_substring(s: str) -> int:
    def all_unique(start: int, end: int) -> bool:
        seen = [False] * 26
        for k in range(start, end):
            c = ord(s[k]) - 97
            if seen[c]:
                return False
            seen[c] = True
        return True

    n = len(s)
    best = 0
    for i in range(n):
        for j in range(i + 1, n + 1):
            if all_unique(i, j):
                best = max(best, j - i)
    return best
