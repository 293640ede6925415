"""Best Time to Buy and Sell Stock by trying every (buy, sell) pair.
O(n^2) time, O(1) space."""


def max_profit(prices: list[int]) -> int:
    best = 0
    for i in range(len(prices)):
        for j in range(i + 1, len(prices)):
            best = max(best, prices[j] - prices[i])
    return best
