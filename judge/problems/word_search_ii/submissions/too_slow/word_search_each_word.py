# Word Search I once per word: scan the whole board for every word, O(words * cells * 3^L).
class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        m, n = len(board), len(board[0])

        def exist(word):
            def dfs(i, j, k):
                if k == len(word):
                    return True
                if i < 0 or i >= m or j < 0 or j >= n or board[i][j] != word[k]:
                    return False
                tmp = board[i][j]
                board[i][j] = '#'
                found = dfs(i + 1, j, k + 1) or dfs(i - 1, j, k + 1) or dfs(i, j + 1, k + 1) or dfs(i, j - 1, k + 1)
                board[i][j] = tmp
                return found

            for i in range(m):
                for j in range(n):
                    if dfs(i, j, 0):
                        return True
            return False

        return [w for w in words if exist(w)]
