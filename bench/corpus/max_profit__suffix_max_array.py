def max_profit(prices):
    n = len(prices)
    suffix = [0] * n
    running = 0
    for i in range(n - 1, -1, -1):
        running = max(running, prices[i])
        suffix[i] = running
    return max(suffix[i] - prices[i] for i in range(n))
