# Reverses the pieces but forgets to reduce k modulo n: wrong (or out of range) when k > n.
class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        def rev(l, r):
            while l < r:
                nums[l], nums[r] = nums[r], nums[l]
                l += 1
                r -= 1
        n = len(nums)
        rev(0, n - 1)
        rev(0, min(k, n) - 1)
        rev(min(k, n), n - 1)
