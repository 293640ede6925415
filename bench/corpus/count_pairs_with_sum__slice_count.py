def count_pairs_with_sum(nums, target):
    pairs = 0
    for i, x in enumerate(nums):
        pairs += nums[i + 1:].count(target - x)
    return pairs
