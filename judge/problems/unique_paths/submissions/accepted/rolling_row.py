# 62. Unique Paths
# Bottom-up DP over one row: the routes into a cell are the routes into the cell above
# (the row's old value) plus the routes into the cell on the left.
# Time: O(m * n)   Space: O(n)
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        row = [1] * n
        for _ in range(1, m):
            for j in range(1, n):
                row[j] += row[j - 1]
        return row[-1]
