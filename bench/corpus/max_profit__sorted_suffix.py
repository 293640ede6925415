def max_profit(prices):
    best = 0
    for i in range(len(prices) - 1):
        highest_later = sorted(prices[i + 1:])[-1]
        best = max(best, highest_later - prices[i])
    return best
