def count_subsets(nums, target):
    n = len(nums)

    def go(i, remaining):
        if i == n:
            return 1 if remaining == 0 else 0
        return go(i + 1, remaining - nums[i]) + go(i + 1, remaining)

    return go(0, target)
