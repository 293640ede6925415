"""Reference solution for search."""


def search(nums: list[int], target: int) -> int:
    """One binary search. At every step at least one of nums[lo..mid] and nums[mid..hi]
    is increasing; keep the half that must hold target if it is there.
    O(log n) time, O(1) space."""
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        value = nums[mid]
        if value == target:
            return mid
        if nums[lo] <= value:  # nums[lo..mid] is increasing
            if nums[lo] <= target < value:
                hi = mid - 1
            else:
                lo = mid + 1
        else:  # nums[mid..hi] is increasing
            if value < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
