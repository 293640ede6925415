"""Reference solution for find_min."""


def find_min(nums: list[int]) -> int:
    """Binary search for the rotation point. The minimum is always in [lo, hi]: when
    nums[mid] > nums[hi] the drop lies right of mid, otherwise mid..hi is increasing and
    the minimum is at mid or to its left. O(log n) time, O(1) space."""
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    return nums[lo]
