def sort_numbers(nums):
    # LSD radix sort on value - min, one byte per pass (256 buckets).
    if not nums:
        return []
    low = min(nums)
    keys = [x - low for x in nums]
    top = max(keys)
    shift = 0
    while top >> shift:
        buckets = [[] for _ in range(256)]
        for v in keys:
            buckets[(v >> shift) & 255].append(v)
        keys = [v for bucket in buckets for v in bucket]
        shift += 8
    return [v + low for v in keys]
