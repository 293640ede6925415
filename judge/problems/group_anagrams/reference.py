"""Reference solution for group_anagrams."""


def group_anagrams(strs: list[str]) -> list[list[str]]:
    """Key each word by its 26 letter counts and collect the words per key.

    O(n * k) time and O(n * k) extra space for n words of at most k letters (the keys);
    with k bounded (k <= 100), O(n) time and O(n) space in the number of words.
    """
    groups: dict[tuple[int, ...], list[str]] = {}
    for word in strs:
        counts = [0] * 26
        for ch in word:
            counts[ord(ch) - 97] += 1
        key = tuple(counts)
        group = groups.get(key)
        if group is None:
            groups[key] = [word]
        else:
            group.append(word)
    return list(groups.values())
