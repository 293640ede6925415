def count_subsets(nums, target):
    # Walk all 2^n subsets in Gray-code order: each step adds or removes one element.
    n = len(nums)
    total = 0
    count = 1 if target == 0 else 0
    for i in range(1, 1 << n):
        bit = (i & -i).bit_length() - 1
        gray = i ^ (i >> 1)
        if gray >> bit & 1:
            total += nums[bit]
        else:
            total -= nums[bit]
        if total == target:
            count += 1
    return count
