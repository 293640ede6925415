def dedupe_keep_order(nums):
    return list(dict.fromkeys(nums))
