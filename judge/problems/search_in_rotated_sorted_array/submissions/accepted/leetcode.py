# Find the rotation point with one binary search, then binary search the sorted half that can hold target.
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        n = len(nums)
        pivot = self._min_index(nums)
        if target <= nums[n - 1]:
            lo, hi = pivot, n - 1
        else:
            lo, hi = 0, pivot - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return -1

    def _min_index(self, nums: List[int]) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        return lo
