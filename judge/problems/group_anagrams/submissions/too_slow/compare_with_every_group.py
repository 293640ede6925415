"""Compares each word with the first word of every group found so far (sorting both to
test for an anagram) and starts a new group when none matches. With no anagrams there are
n groups: O(n^2) comparisons."""


def group_anagrams(strs: list[str]) -> list[list[str]]:
    groups: list[list[str]] = []
    for word in strs:
        for group in groups:
            if sorted(group[0]) == sorted(word):
                group.append(word)
                break
        else:
            groups.append([word])
    return groups
