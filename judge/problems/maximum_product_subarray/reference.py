"""Reference solution for max_product."""


def max_product(nums: list[int]) -> int:
    """One pass keeping the largest and the smallest product of a subarray ending at the
    current index: a negative number swaps their roles, a zero resets both.
    O(n) time, O(1) space."""
    best = high = low = nums[0]
    for i in range(1, len(nums)):
        x = nums[i]
        if x < 0:
            high, low = low, high
        high = max(x, high * x)
        low = min(x, low * x)
        if high > best:
            best = high
    return best
