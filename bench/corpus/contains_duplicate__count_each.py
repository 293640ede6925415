def contains_duplicate(nums):
    return any(nums.count(x) > 1 for x in nums)
