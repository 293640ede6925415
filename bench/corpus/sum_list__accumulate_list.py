from itertools import accumulate


def sum_list(nums):
    prefix = list(accumulate(nums))
    return prefix[-1] if prefix else 0
