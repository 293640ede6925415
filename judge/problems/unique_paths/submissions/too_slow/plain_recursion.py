# Plain recursion without memoisation: the routes to a cell are the routes to the cell
# above plus the routes to the cell on the left. It makes about two calls per route, and
# the number of routes grows exponentially with the grid's side.
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        def paths(rows: int, cols: int) -> int:
            if rows == 1 or cols == 1:
                return 1
            return paths(rows - 1, cols) + paths(rows, cols - 1)

        return paths(m, n)
