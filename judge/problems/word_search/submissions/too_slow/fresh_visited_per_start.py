# A new visited grid for every starting cell: the backtracking itself is fine, but
# allocating m x n flags per start costs O((mn)^2) over the whole board.
class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])

        def dfs(i, j, k, visited):
            if k == len(word):
                return True
            if i < 0 or j < 0 or i >= m or j >= n or visited[i][j] or board[i][j] != word[k]:
                return False
            visited[i][j] = True
            found = (dfs(i + 1, j, k + 1, visited) or dfs(i - 1, j, k + 1, visited) or
                     dfs(i, j + 1, k + 1, visited) or dfs(i, j - 1, k + 1, visited))
            visited[i][j] = False
            return found

        for i in range(m):
            for j in range(n):
                visited = [[False for _ in range(n)] for _ in range(m)]
                if dfs(i, j, 0, visited):
                    return True
        return False
