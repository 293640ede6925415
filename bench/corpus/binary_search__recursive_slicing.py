def binary_search(nums, target):
    if not nums:
        return -1
    mid = len(nums) // 2
    if nums[mid] == target:
        return mid
    if nums[mid] < target:
        found = binary_search(nums[mid + 1:], target)
        return -1 if found == -1 else mid + 1 + found
    return binary_search(nums[:mid], target)
