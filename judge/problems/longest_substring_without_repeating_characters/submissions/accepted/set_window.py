"""Sliding window over a set: grow on the right, shrink from the left until the new
letter is unique. Each letter enters and leaves once: O(n) time; the set holds at most
26 letters: O(1) space."""


def longest_unique_substring(s: str) -> int:
    window: set[str] = set()
    left = 0
    best = 0
    for right, ch in enumerate(s):
        while ch in window:
            window.remove(s[left])
            left += 1
        window.add(ch)
        best = max(best, right - left + 1)
    return best
