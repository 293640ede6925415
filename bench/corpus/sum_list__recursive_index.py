import sys


def sum_list(nums):
    sys.setrecursionlimit(max(sys.getrecursionlimit(), len(nums) + 1000))

    def go(i):
        if i == len(nums):
            return 0
        return nums[i] + go(i + 1)

    return go(0)
