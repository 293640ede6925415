"""Reference solution for max_profit."""


def max_profit(prices: list[int]) -> int:
    """Track the cheapest price so far and the best sale: O(n) time, O(1) space."""
    lowest = prices[0]
    best = 0
    for p in prices:
        if p < lowest:
            lowest = p
        elif p - lowest > best:
            best = p - lowest
    return best
