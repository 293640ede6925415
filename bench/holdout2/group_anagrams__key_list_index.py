class Solution:
    def groupAnagrams(self, strs: list[str]) -> list[list[str]]:
        keys = []    # the sorted-letter key of each group, in order of discovery
        groups = []  # groups[i] holds the words whose key is keys[i]
        for word in strs:
            key = self._signature(word)
            if key in keys:
                groups[keys.index(key)].append(word)
            else:
                keys.append(key)
                groups.append([word])
        return groups

    def _signature(self, word: str) -> str:
        return "".join(sorted(word))
