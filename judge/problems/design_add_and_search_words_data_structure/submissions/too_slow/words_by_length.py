# No trie: group the words by length and compare the query with every word of its length.
class WordDictionary:

    def __init__(self):
        self.by_len = defaultdict(list)

    def addWord(self, word: str) -> None:
        self.by_len[len(word)].append(word)

    def search(self, word: str) -> bool:
        for w in self.by_len[len(word)]:
            if all(p == '.' or p == c for p, c in zip(word, w)):
                return True
        return False
