"""Greedy: always cut off the longest dictionary word that starts the rest of s, and never
go back. "abcd" with ["ab", "abc", "cd"] takes "abc", is left with "d" and answers False,
though "ab" + "cd" works."""


def word_break(s: str, word_dict: list[str]) -> bool:
    words = set(word_dict)
    longest = max(map(len, words))
    i = 0
    while i < len(s):
        for length in range(min(longest, len(s) - i), 0, -1):
            if s[i:i + length] in words:
                i += length
                break
        else:
            return False
    return True
