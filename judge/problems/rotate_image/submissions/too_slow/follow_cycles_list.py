# Follow each cell's 4-cycle (i, j) -> (j, n-1-i) -> ..., remembering the cells already
# moved in a list. Every "in moved" check scans that list: O(n^4) for an n x n matrix,
# quadratic in its n^2 cells.
class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        n = len(matrix)
        moved = []
        for i in range(n):
            for j in range(n):
                if (i, j) in moved:
                    continue
                r, c = i, j
                carry = matrix[r][c]
                while True:
                    moved.append((r, c))
                    r, c = c, n - 1 - r
                    matrix[r][c], carry = carry, matrix[r][c]
                    if (r, c) == (i, j):
                        break
