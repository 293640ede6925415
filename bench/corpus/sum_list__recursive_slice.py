import sys


def sum_list(nums):
    sys.setrecursionlimit(max(sys.getrecursionlimit(), len(nums) + 1000))
    if not nums:
        return 0
    return nums[0] + sum_list(nums[1:])
