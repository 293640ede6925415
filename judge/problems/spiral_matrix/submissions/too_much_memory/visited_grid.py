# Walk and turn right whenever the next cell is outside or already seen; the seen
# flags are a second m x n grid: O(m * n) extra space.
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        m, n = len(matrix), len(matrix[0])
        seen = [[False] * n for _ in range(m)]
        dr, dc = [0, 1, 0, -1], [1, 0, -1, 0]
        r = c = d = 0
        res = []
        for _ in range(m * n):
            res.append(matrix[r][c])
            seen[r][c] = True
            nr, nc = r + dr[d], c + dc[d]
            if not (0 <= nr < m and 0 <= nc < n and not seen[nr][nc]):
                d = (d + 1) % 4
                nr, nc = r + dr[d], c + dc[d]
            r, c = nr, nc
        return res
