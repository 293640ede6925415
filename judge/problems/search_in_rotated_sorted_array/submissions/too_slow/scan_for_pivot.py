"""Find the rotation point by walking to the first drop, then bisect the sorted part that
can hold target. The walk makes it O(n) when the drop is late."""

from bisect import bisect_left


def search(nums: list[int], target: int) -> int:
    n = len(nums)
    pivot = 0
    for i in range(1, n):
        if nums[i] < nums[i - 1]:
            pivot = i
            break
    lo, hi = (pivot, n) if target <= nums[-1] else (0, pivot)
    i = bisect_left(nums, target, lo, hi)
    return i if i < hi and nums[i] == target else -1
