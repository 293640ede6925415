def sliding_window_max(nums, k):
    # level[i] = max(nums[i:i + span]) for span = 1, 2, 4, ...: each doubling combines
    # two shifted copies of the previous level. Stop at the largest power of two <= k;
    # every window of k is covered by two overlapping blocks of that span.
    level = nums
    span = 1
    while span * 2 <= k:
        level = list(map(max, level, level[span:]))
        span *= 2
    shift = k - span
    return list(map(max, level[: len(nums) - k + 1], level[shift:]))
