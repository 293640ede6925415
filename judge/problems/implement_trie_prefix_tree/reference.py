"""Reference solution for implement_trie_prefix_tree: nested dicts, one per node, with a
sentinel key marking the end of a word. O(L) per operation for a word of length L;
O(total letters inserted) space."""

_END = "$"  # not a lowercase letter, so it never collides with a child


class Trie:
    def __init__(self):
        self.root: dict = {}

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            child = node.get(ch)
            if child is None:
                child = node[ch] = {}
            node = child
        node[_END] = True

    def _walk(self, text: str) -> dict | None:
        node = self.root
        for ch in text:
            node = node.get(ch)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and _END in node

    def startsWith(self, prefix: str) -> bool:
        return self._walk(prefix) is not None
