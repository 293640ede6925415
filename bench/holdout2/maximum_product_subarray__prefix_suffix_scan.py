def max_product(nums: list[int]) -> int:
    """The best subarray of a zero-free stretch is a prefix or a suffix of it (drop the
    part before the first or after the last negative when their count is odd). So scan
    running products from both ends at once, restarting after every zero."""
    n = len(nums)
    best = nums[0]
    from_left = from_right = 1
    for i in range(n):
        from_left = (from_left or 1) * nums[i]
        from_right = (from_right or 1) * nums[n - 1 - i]
        best = max(best, from_left, from_right)
    return best
