def search(nums: list[int], target: int) -> int:
    # Locate the rotation by the position of the smallest value, then binary search the
    # list as if it were sorted, mapping each sorted position k to index (k + pivot) % n.
    n = len(nums)
    pivot = nums.index(min(nums))
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[(mid + pivot) % n] < target:
            lo = mid + 1
        else:
            hi = mid
    if lo < n and nums[(lo + pivot) % n] == target:
        return (lo + pivot) % n
    return -1
