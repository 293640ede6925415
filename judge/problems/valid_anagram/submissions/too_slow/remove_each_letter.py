"""Crosses each letter of s off a list of t's letters with list.remove, which searches
the list and shifts everything after the removed letter: O(n) per letter, O(n^2) time."""


def is_anagram(s: str, t: str) -> bool:
    if len(s) != len(t):
        return False
    remaining = list(t)
    for ch in s:
        if ch not in remaining:
            return False
        remaining.remove(ch)
    return True
