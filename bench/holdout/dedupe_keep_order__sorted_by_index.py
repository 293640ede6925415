def dedupe_keep_order(nums):
    return sorted(set(nums), key=nums.index)
