def count_subsets(nums, target):
    # sums[mask] = sum of the chosen elements, built from mask without its lowest bit.
    n = len(nums)
    sums = [0] * (1 << n)
    for mask in range(1, 1 << n):
        low = mask & -mask
        sums[mask] = sums[mask ^ low] + nums[low.bit_length() - 1]
    return sums.count(target)
