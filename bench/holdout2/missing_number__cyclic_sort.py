def missing_number(nums: list[int]) -> int:
    # Cyclic sort: put every value v < n at index v (each swap settles one value for good),
    # then the first index that does not hold its own value is the missing number.
    n = len(nums)
    i = 0
    while i < n:
        v = nums[i]
        if v < n and v != i:
            nums[i], nums[v] = nums[v], v
        else:
            i += 1
    for i, v in enumerate(nums):
        if v != i:
            return i
    return n
