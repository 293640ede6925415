"""Reference solution for is_anagram."""


def is_anagram(s: str, t: str) -> bool:
    """Count the letters of s up and those of t down: O(n) time, O(1) space (26 counts)."""
    if len(s) != len(t):
        return False
    counts = [0] * 26
    for ch in s:
        counts[ord(ch) - 97] += 1
    for ch in t:
        i = ord(ch) - 97
        counts[i] -= 1
        if counts[i] < 0:
            return False
    return True
