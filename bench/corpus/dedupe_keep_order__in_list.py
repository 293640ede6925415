def dedupe_keep_order(nums):
    out = []
    for x in nums:
        if x not in out:
            out.append(x)
    return out
