# Binary search: compare the middle with the right end to find the side holding the drop.
class Solution:
    def findMin(self, nums: List[int]) -> int:
        if self._is_sorted(nums):
            return nums[0]
        left, right = 0, len(nums) - 1
        while left < right:
            mid = left + (right - left) // 2
            if nums[mid] > nums[right]:
                left = mid + 1
            else:
                right = mid
        return nums[left]

    def _is_sorted(self, nums: List[int]) -> bool:
        return nums[0] <= nums[-1]
