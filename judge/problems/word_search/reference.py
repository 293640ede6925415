"""Reference solution for word_search."""


def word_search(board: list[list[str]], word: str) -> bool:
    """Backtracking from every cell, marking the cells of the current path in place
    (restored on the way back). At most 4 * 3^(L-1) paths start at each cell: O(n * 3^L)
    time, O(L) extra space for the recursion."""
    rows, cols = len(board), len(board[0])
    length = len(word)

    def search(r: int, c: int, k: int) -> bool:
        if board[r][c] != word[k]:
            return False
        if k == length - 1:
            return True
        board[r][c] = ""
        found = ((r > 0 and search(r - 1, c, k + 1))
                 or (r + 1 < rows and search(r + 1, c, k + 1))
                 or (c > 0 and search(r, c - 1, k + 1))
                 or (c + 1 < cols and search(r, c + 1, k + 1)))
        board[r][c] = word[k]
        return found

    return any(search(r, c, 0) for r in range(rows) for c in range(cols))
