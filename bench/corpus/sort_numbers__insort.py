import bisect


def sort_numbers(nums):
    out = []
    for x in nums:
        bisect.insort(out, x)
    return out
