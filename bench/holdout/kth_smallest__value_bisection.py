def kth_smallest(nums, k):
    # Binary search on the value: the answer is the smallest v with at least k
    # elements <= v. Each probe counts with one C-level pass.
    lo, hi = min(nums), max(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum(map(mid.__ge__, nums)) >= k:
            hi = mid
        else:
            lo = mid + 1
    return lo
