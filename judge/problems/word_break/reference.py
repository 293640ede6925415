"""Reference solution for word_break."""


def word_break(s: str, word_dict: list[str]) -> bool:
    """ok[i]: the prefix s[:i] splits into dictionary words. ok[i] holds when some word
    length L has ok[i - L] and s[i - L:i] in the dictionary; only the distinct word
    lengths are tried. O(n * L^2) time for words of at most L letters (slicing and
    hashing a piece is O(L)): O(n) with the dictionary fixed. O(n) space."""
    words = set(word_dict)
    lengths = sorted({len(w) for w in words})
    n = len(s)
    ok = [False] * (n + 1)
    ok[0] = True
    for i in range(1, n + 1):
        for length in lengths:
            if length > i:
                break
            if ok[i - length] and s[i - length:i] in words:
                ok[i] = True
                break
    return ok[n]
