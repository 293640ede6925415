def sliding_window_max(nums, k):
    out = []
    for i in range(len(nums) - k + 1):
        out.append(sorted(nums[i:i + k])[-1])
    return out
