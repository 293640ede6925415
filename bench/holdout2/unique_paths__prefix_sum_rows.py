from itertools import accumulate


def unique_paths(m: int, n: int) -> int:
    # The routes into cell (r, c) are the routes into (r - 1, c) plus those into (r, c - 1),
    # so each row of the table is the running sum of the row above.
    row = [1] * n
    for _ in range(m - 1):
        row = list(accumulate(row))
    return row[-1]
