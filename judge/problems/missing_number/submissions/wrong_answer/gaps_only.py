# Sorts and looks for a gap between neighbours, falling back to n when there is none.
# Forgets that 0 itself can be the missing number: [1, 2] gives 3 instead of 0.
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        nums.sort()
        for i in range(1, len(nums)):
            if nums[i] != nums[i - 1] + 1:
                return nums[i - 1] + 1
        return len(nums)
