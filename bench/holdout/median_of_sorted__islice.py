from itertools import islice


def median_of_sorted(nums):
    return next(islice(nums, (len(nums) - 1) // 2, None))
