"""Reference solution for design_add_and_search_words_data_structure: a trie of nested
dicts; a '.' in a query tries every child of the current node (iteratively, with a stack).
addWord is O(L); search is O(L) without dots and O(26^d * L) with d dots (at most 2, so
O(L) with a constant factor). O(total letters added) space."""

_END = "$"  # not a lowercase letter, so it never collides with a child


class WordDictionary:
    def __init__(self):
        self.root: dict = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            child = node.get(ch)
            if child is None:
                child = node[ch] = {}
            node = child
        node[_END] = True

    def search(self, word: str) -> bool:
        length = len(word)
        stack = [(self.root, 0)]
        while stack:
            node, i = stack.pop()
            while i < length:
                ch = word[i]
                if ch == ".":
                    stack.extend((child, i + 1) for key, child in node.items() if key != _END)
                    break
                node = node.get(ch)
                if node is None:
                    break
                i += 1
            else:
                if _END in node:
                    return True
        return False
