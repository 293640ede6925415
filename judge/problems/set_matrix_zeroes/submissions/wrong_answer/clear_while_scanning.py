# Clears the row and column as soon as it sees a zero, in the same pass:
# the new zeros are then treated as original ones and wipe out far too much.
class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        m, n = len(matrix), len(matrix[0])
        for i in range(m):
            for j in range(n):
                if matrix[i][j] == 0:
                    for c in range(n):
                        matrix[i][c] = 0
                    for r in range(m):
                        matrix[r][j] = 0
