"""For each selling day, recompute the cheapest earlier price: O(n^2) time, O(1) space."""

from itertools import islice


def max_profit(prices: list[int]) -> int:
    best = 0
    for j in range(1, len(prices)):
        cheapest = min(islice(prices, j))
        best = max(best, prices[j] - cheapest)
    return best
