from itertools import accumulate


def max_subarray(nums):
    prefix = [0] + list(accumulate(nums))
    best = nums[0]
    lowest = 0
    for p in prefix[1:]:
        best = max(best, p - lowest)
        lowest = min(lowest, p)
    return best
