def dedupe_keep_order(nums):
    order = sorted(range(len(nums)), key=lambda i: (nums[i], i))
    firsts = []
    prev = object()
    for i in order:
        if nums[i] != prev:
            firsts.append(i)
            prev = nums[i]
    firsts.sort()
    return [nums[i] for i in firsts]
