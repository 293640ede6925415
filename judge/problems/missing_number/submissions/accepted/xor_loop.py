# XOR of all indices 0..n and all values: pairs cancel, the missing number remains.
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        res = len(nums)
        for i in range(len(nums)):
            res ^= i
            res ^= nums[i]
        return res
