"""Sliding window that jumps to the letter's last index + 1 even when that index is
already left of the window, so the window start can move backwards ("abba")."""


def longest_unique_substring(s: str) -> int:
    last: dict[str, int] = {}
    start = best = 0
    for i, ch in enumerate(s):
        if ch in last:
            start = last[ch] + 1
        last[ch] = i
        best = max(best, i - start + 1)
    return best
