# Returns the first child's result at a '.', instead of trying the next child when it fails.
class TrieNode:
    def __init__(self):
        self.children = {}
        self.end = False


class WordDictionary:

    def __init__(self):
        self.root = TrieNode()

    def addWord(self, word: str) -> None:
        node = self.root
        for c in word:
            node = node.children.setdefault(c, TrieNode())
        node.end = True

    def search(self, word: str) -> bool:
        return self.dfs(self.root, word, 0)

    def dfs(self, node: TrieNode, word: str, i: int) -> bool:
        if i == len(word):
            return node.end
        if word[i] == '.':
            for child in node.children.values():
                return self.dfs(child, word, i + 1)
            return False
        if word[i] not in node.children:
            return False
        return self.dfs(node.children[word[i]], word, i + 1)
