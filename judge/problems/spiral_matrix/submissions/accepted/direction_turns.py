# Walk with a direction vector; the run lengths shrink: n, m-1, n-1, m-2, ...
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        m, n = len(matrix), len(matrix[0])
        steps = [n, m - 1]
        dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)]
        res = []
        r, c, d = 0, -1, 0
        while steps[d % 2]:
            for _ in range(steps[d % 2]):
                r += dirs[d][0]
                c += dirs[d][1]
                res.append(matrix[r][c])
            steps[d % 2] -= 1
            d = (d + 1) % 4
        return res
