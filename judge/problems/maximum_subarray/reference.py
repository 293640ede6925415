"""Reference solution for max_subarray."""

from itertools import islice


def max_subarray(nums: list[int]) -> int:
    """Kadane: the best sum ending here either extends the previous one or restarts.
    O(n) time, O(1) space (islice avoids copying nums[1:])."""
    best = current = nums[0]
    for x in islice(nums, 1, None):
        current = x if current < 0 else current + x
        if current > best:
            best = current
    return best
