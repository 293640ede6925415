"""Compares the sets of letters, forgetting that each letter must occur equally often
("aacc" and "ccac" use the same letters, but not the same number of times)."""


def is_anagram(s: str, t: str) -> bool:
    return set(s) == set(t)
