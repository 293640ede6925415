def max_profit(prices):
    # Best trade inside the left half, inside the right half, or buy left / sell right.
    # The cross term scans both halves again at every level (no min/max passed up).
    get = prices.__getitem__

    def best(lo, hi):
        if hi - lo < 2:
            return 0
        mid = (lo + hi) // 2
        cross = max(map(get, range(mid, hi))) - min(map(get, range(lo, mid)))
        return max(best(lo, mid), best(mid, hi), cross)

    return best(0, len(prices))
