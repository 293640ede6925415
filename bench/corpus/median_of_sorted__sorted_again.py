def median_of_sorted(nums):
    ordered = sorted(nums)
    return ordered[(len(ordered) - 1) // 2]
