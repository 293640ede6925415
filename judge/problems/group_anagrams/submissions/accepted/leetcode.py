# 49. Group Anagrams
# Anagrams have the same letters in sorted order, so the sorted word is a key that
# every anagram shares: one pass with a dict of key -> words.
# Time O(n * k log k) for n words of at most k letters (O(n) for bounded k),
# extra space O(n * k) for the keys.

class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for word in strs:
            groups[self.signature(word)].append(word)
        return list(groups.values())

    def signature(self, word: str) -> str:
        return "".join(sorted(word))
