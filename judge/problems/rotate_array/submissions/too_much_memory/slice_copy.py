# The usual Python one-liner: it builds two slices and a new list, O(n) extra memory.
class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        k %= len(nums)
        nums[:] = nums[-k:] + nums[:-k]
