def three_sum_closest(nums, target):
    # Fix the first index; sort what follows it (again for every i) and close in with
    # two pointers.
    n = len(nums)
    best = nums[0] + nums[1] + nums[2]
    for i in range(n - 2):
        rest = sorted(nums[i + 1:])
        need = target - nums[i]
        lo, hi = 0, len(rest) - 1
        while lo < hi:
            s = rest[lo] + rest[hi]
            if abs(s - need) < abs(best - target):
                best = s + nums[i]
            if s < need:
                lo += 1
            elif s > need:
                hi -= 1
            else:
                return target
    return best
