# The one-liner: zip the upside-down rows. It builds a whole new matrix: O(n^2) extra memory.
class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        matrix[:] = [list(row) for row in zip(*matrix[::-1])]
