def binary_search(nums, target):
    for i, x in enumerate(nums):
        if x == target:
            return i
        if x > target:
            return -1
    return -1
