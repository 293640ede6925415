# One visited grid for the whole search: O(mn) time for a fixed word, but O(mn) extra
# memory where marking the board (or a set of the path's cells) needs O(L).
class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])
        visited = [[False] * n for _ in range(m)]

        def dfs(i, j, k):
            if board[i][j] != word[k] or visited[i][j]:
                return False
            if k == len(word) - 1:
                return True
            visited[i][j] = True
            for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= x < m and 0 <= y < n and dfs(x, y, k + 1):
                    return True
            visited[i][j] = False
            return False

        for i in range(m):
            for j in range(n):
                if dfs(i, j, 0):
                    return True
        return False
