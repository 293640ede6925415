"""Highest minus lowest price, ignoring that the purchase must come first."""


def max_profit(prices: list[int]) -> int:
    return max(prices) - min(prices)
