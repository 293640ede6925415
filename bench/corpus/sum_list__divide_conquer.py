def sum_list(nums):
    def go(lo, hi):
        if hi - lo <= 1:
            return nums[lo] if hi > lo else 0
        mid = (lo + hi) // 2
        return go(lo, mid) + go(mid, hi)

    return go(0, len(nums))
