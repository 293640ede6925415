"""Longest Substring Without Repeating Characters: a sliding window whose start jumps
past the previous occurrence of the current letter (never backwards).
O(n) time; the map holds at most 26 letters, so O(1) space."""


def longest_unique_substring(s: str) -> int:
    last_seen: dict[str, int] = {}
    start = best = 0
    for i, ch in enumerate(s):
        if last_seen.get(ch, -1) >= start:
            start = last_seen[ch] + 1
        last_seen[ch] = i
        best = max(best, i - start + 1)
    return best
