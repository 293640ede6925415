"""Best Time to Buy and Sell Stock: one pass keeping the lowest price seen so far;
selling today earns today's price minus that minimum. O(n) time, O(1) space."""


def max_profit(prices: list[int]) -> int:
    lowest = float("inf")
    best = 0
    for price in prices:
        lowest = min(lowest, price)
        best = max(best, price - lowest)
    return best
