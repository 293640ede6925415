def binary_search(nums, target):
    # Exponential (galloping) search: double a bound until it passes the target, then
    # binary-search the last doubling interval.
    n = len(nums)
    if n == 0:
        return -1
    bound = 1
    while bound < n and nums[bound] < target:
        bound *= 2
    lo, hi = bound // 2, min(bound + 1, n)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < n and nums[lo] == target else -1
