# Forgets the end-of-word flag: search("app") is true once "apple" is inserted.
class Trie:

    def __init__(self):
        self.root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for c in word:
            node = node.setdefault(c, {})

    def search(self, word: str) -> bool:
        node = self.root
        for c in word:
            if c not in node:
                return False
            node = node[c]
        return True

    def startsWith(self, prefix: str) -> bool:
        return self.search(prefix)
