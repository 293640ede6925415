# Tries 0, 1, 2, ... and searches the list for each: `in` on a list is a linear scan.
# O(n^2) time.
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        for i in range(len(nums) + 1):
            if i not in nums:
                return i
