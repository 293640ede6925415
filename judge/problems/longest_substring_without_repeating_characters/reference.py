"""Reference solution for longest_unique_substring."""


def longest_unique_substring(s: str) -> int:
    """Sliding window with the last index of each letter: O(n) time, O(1) space."""
    last = [-1] * 26
    start = best = 0
    for i, ch in enumerate(s):
        c = ord(ch) - 97
        if last[c] >= start:
            start = last[c] + 1
        last[c] = i
        if i - start + 1 > best:
            best = i - start + 1
    return best
