# Walk right, down, left, up, turning when the next cell is outside or already visited;
# the visited cells are kept in a list, so every check scans it: O((mn)^2) time.
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        m, n = len(matrix), len(matrix[0])
        directions = [(0, 1), (1, 0), (0, -1), (-1, 0)]
        visited = []
        res = []
        r = c = d = 0
        while len(res) < m * n:
            res.append(matrix[r][c])
            visited.append((r, c))
            nr, nc = r + directions[d][0], c + directions[d][1]
            if nr < 0 or nr >= m or nc < 0 or nc >= n or (nr, nc) in visited:
                d = (d + 1) % 4
                nr, nc = r + directions[d][0], c + directions[d][1]
            r, c = nr, nc
        return res
