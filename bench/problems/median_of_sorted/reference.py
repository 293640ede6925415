def median_of_sorted(nums):
    return nums[(len(nums) - 1) // 2]
