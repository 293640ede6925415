from bisect import bisect_left


def two_sum(nums, target):
    # Sort the indices by value, then binary-search each value's complement to its right.
    order = sorted(range(len(nums)), key=nums.__getitem__)
    values = [nums[i] for i in order]
    n = len(values)
    for p in range(n):
        want = target - values[p]
        q = bisect_left(values, want, p + 1)
        if q < n and values[q] == want:
            return [order[p], order[q]]
    return []
