"""Binary search that moves hi to mid - 1 when the right half is sorted, so it steps past
the minimum when the minimum is nums[mid] itself."""


def find_min(nums: list[int]) -> int:
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid - 1
    return nums[lo]
