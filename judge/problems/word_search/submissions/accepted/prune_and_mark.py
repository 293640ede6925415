# Letter counts rule out impossible words at once; search from the rarer end of the word;
# mark visited cells in the board itself.
class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])
        have = collections.Counter(ch for row in board for ch in row)
        need = collections.Counter(word)
        if any(have[ch] < cnt for ch, cnt in need.items()):
            return False
        if have[word[0]] > have[word[-1]]:
            word = word[::-1]

        def backtrack(i, j, k):
            if board[i][j] != word[k]:
                return False
            if k == len(word) - 1:
                return True
            tmp, board[i][j] = board[i][j], "#"
            for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= x < m and 0 <= y < n and backtrack(x, y, k + 1):
                    board[i][j] = tmp
                    return True
            board[i][j] = tmp
            return False

        return any(backtrack(i, j, 0) for i in range(m) for j in range(n))
