# Dict trie storing the word at its end node; mark the board in place; delete leaf nodes
# once their word is found so later searches skip them.
class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        trie = {}
        for word in words:
            node = trie
            for ch in word:
                node = node.setdefault(ch, {})
            node['$'] = word

        m, n = len(board), len(board[0])
        ans = []

        def backtrack(i, j, parent):
            letter = board[i][j]
            node = parent[letter]
            if '$' in node:
                ans.append(node.pop('$'))
            board[i][j] = '#'
            for x, y in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                if 0 <= x < m and 0 <= y < n and board[x][y] in node:
                    backtrack(x, y, node)
            board[i][j] = letter
            if not node:
                parent.pop(letter)

        for i in range(m):
            for j in range(n):
                if board[i][j] in trie:
                    backtrack(i, j, trie)
        return ans
