# Puts the numbers in a set and returns the first candidate that is not in it.
# O(n) time, but O(n) extra space for the set (O(1) is expected).
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        seen = set(nums)
        for i in range(len(nums) + 1):
            if i not in seen:
                return i
