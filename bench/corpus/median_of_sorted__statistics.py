import statistics


def median_of_sorted(nums):
    return statistics.median_low(nums)
