# Record where the zeros are, then for each of them sweep the whole matrix and clear
# every cell that shares its row or column. O(z * m * n) time: O((mn)^2) with many zeros.
class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        m, n = len(matrix), len(matrix[0])
        zeros = []
        for i in range(m):
            for j in range(n):
                if matrix[i][j] == 0:
                    zeros.append((i, j))
        for zi, zj in zeros:
            for i in range(m):
                for j in range(n):
                    if i == zi or j == zj:
                        matrix[i][j] = 0
