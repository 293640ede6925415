from typing import List


class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        m, n = len(matrix), len(matrix[0])
        out = []
        for k in range((min(m, n) + 1) // 2):
            self.read_ring(matrix, k, m - 1 - k, k, n - 1 - k, out)
        return out

    def read_ring(self, matrix, top, bottom, left, right, out):
        """Append ring (top, bottom, left, right) clockwise, starting at its top-left."""
        row = matrix[top]
        out.extend(row[c] for c in range(left, right + 1))
        out.extend(matrix[r][right] for r in range(top + 1, bottom + 1))
        if top < bottom:
            row = matrix[bottom]
            out.extend(row[c] for c in range(right - 1, left - 1, -1))
        if left < right:
            out.extend(matrix[r][left] for r in range(bottom - 1, top, -1))
