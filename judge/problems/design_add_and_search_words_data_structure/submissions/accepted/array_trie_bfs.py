# Array trie (26 slots per node); search keeps the set of nodes matching the prefix so far.
class WordDictionary:

    def __init__(self):
        self.children = [[None] * 26]
        self.end = [False]

    def addWord(self, word: str) -> None:
        node = 0
        for ch in word:
            i = ord(ch) - 97
            if self.children[node][i] is None:
                self.children[node][i] = len(self.end)
                self.children.append([None] * 26)
                self.end.append(False)
            node = self.children[node][i]
        self.end[node] = True

    def search(self, word: str) -> bool:
        level = [0]
        for ch in word:
            nxt = []
            if ch == '.':
                for node in level:
                    nxt.extend(c for c in self.children[node] if c is not None)
            else:
                i = ord(ch) - 97
                for node in level:
                    c = self.children[node][i]
                    if c is not None:
                        nxt.append(c)
            if not nxt:
                return False
            level = nxt
        return any(self.end[node] for node in level)
