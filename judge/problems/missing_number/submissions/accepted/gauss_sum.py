# LeetCode form: the numbers 0..n add up to n (n + 1) / 2; whatever the list is short
# of is the missing number. O(n) time, O(1) space.
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        n = len(nums)
        return n * (n + 1) // 2 - sum(nums)
