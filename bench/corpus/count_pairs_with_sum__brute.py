def count_pairs_with_sum(nums, target):
    n = len(nums)
    pairs = 0
    for i in range(n):
        a = nums[i]
        for j in range(i + 1, n):
            if a + nums[j] == target:
                pairs += 1
    return pairs
