"""Input generators for word_search. n is the number of board cells (boards about
sqrt(n) x sqrt(n)); every family's word has the fixed length L = 5, so the cost of
backtracking is linear in n."""

import random
import string
from math import isqrt

L = 5


def _shape(n: int) -> tuple[int, int]:
    rows = max(1, isqrt(n))
    return rows, max(1, n // rows)


def generate(n: int, rng: random.Random) -> dict:
    """3 x 3 blocks of A separated by lines of C, one B in the bottom-right corner, word
    AAAAB. From every A the search walks all the A-paths of its block before failing, the
    backtracking's dead-end case (on an all-A board the same happens, but there the work
    per start keeps growing until the board is much wider than the word, so small boards
    would not show the linear growth). The blocks keep the work per start fixed."""
    rows, cols = _shape(n)
    board = [["A" if r % 4 != 3 and c % 4 != 3 else "C" for c in range(cols)] for r in range(rows)]
    board[-1][-1] = "B"
    return {"board": board, "word": "A" * (L - 1) + "B"}


def generate_first_letter_absent(n: int, rng: random.Random) -> dict:
    """Random lower-case letters other than z, and a word starting with z: every start
    fails on its first cell, so any work repeated per start cell (such as a fresh visited
    grid) is all that is left."""
    rows, cols = _shape(n)
    letters = string.ascii_lowercase[:-1]
    board = [[rng.choice(letters) for _ in range(cols)] for _ in range(rows)]
    return {"board": board, "word": "z" + "".join(rng.choice(letters) for _ in range(L - 1))}


def validate(input: dict) -> str | None:
    board, word = input.get("board"), input.get("word")
    if not isinstance(board, list) or not board or not isinstance(board[0], list) or not board[0]:
        return "board must be a non-empty list of non-empty rows"
    cols = len(board[0])
    for row in board:
        if not isinstance(row, list) or len(row) != cols:
            return "every row must be a list of the same length"
        if not all(isinstance(ch, str) and len(ch) == 1 and ch in string.ascii_letters for ch in row):
            return "every cell must be one English letter"
    if not isinstance(word, str) or not word or not all(ch in string.ascii_letters for ch in word):
        return "word must be a non-empty string of English letters"
    return None
