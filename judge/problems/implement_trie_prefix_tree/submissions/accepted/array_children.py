# Array-based trie: 26 child slots per node, indexed by ord(c) - ord('a').
class Node:
    __slots__ = ("next", "end")

    def __init__(self):
        self.next = [None] * 26
        self.end = False


class Trie:

    def __init__(self):
        self.root = Node()

    def _find(self, s: str) -> Optional[Node]:
        node = self.root
        for ch in s:
            node = node.next[ord(ch) - 97]
            if node is None:
                return None
        return node

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            i = ord(ch) - 97
            if node.next[i] is None:
                node.next[i] = Node()
            node = node.next[i]
        node.end = True

    def search(self, word: str) -> bool:
        node = self._find(word)
        return node is not None and node.end

    def startsWith(self, prefix: str) -> bool:
        return self._find(prefix) is not None
