def median_of_sorted(nums):
    mid = (len(nums) - 1) // 2
    for i, x in enumerate(nums):
        if i == mid:
            return x
