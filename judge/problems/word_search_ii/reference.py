"""Reference solution for word_search_ii: put every word in a trie, then run one
backtracking search from every cell that follows the trie, so all words are looked for
at once. A node emptied by found words is cut off the trie, so no path is explored twice
for a word already found.

Time O(M * 4 * 3^(L - 1) + S) for M cells, words of at most L letters and S letters in
all (each cell starts at most 4 * 3^(L - 1) paths of the trie's depth); space O(S) for
the trie plus O(L) for the recursion (the board is marked in place and restored)."""

_WORD = "$"  # key of the word ending at a node; not a lowercase letter


def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            child = node.get(ch)
            if child is None:
                child = node[ch] = {}
            node = child
        node[_WORD] = word

    rows, cols = len(board), len(board[0])
    found: list[str] = []

    def visit(r: int, c: int, parent: dict) -> None:
        ch = board[r][c]
        node = parent[ch]
        word = node.pop(_WORD, None)
        if word is not None:
            found.append(word)
        board[r][c] = "#"
        if r > 0 and board[r - 1][c] in node:
            visit(r - 1, c, node)
        if r + 1 < rows and board[r + 1][c] in node:
            visit(r + 1, c, node)
        if c > 0 and board[r][c - 1] in node:
            visit(r, c - 1, node)
        if c + 1 < cols and board[r][c + 1] in node:
            visit(r, c + 1, node)
        board[r][c] = ch
        if not node:  # every word below was found: cut the branch
            del parent[ch]

    for r in range(rows):
        for c in range(cols):
            if board[r][c] in root:
                visit(r, c, root)
    return found
