# Prefix products into the answer, then a running suffix product from the right.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        answer = self._prefix_products(nums)
        suffix = 1
        for i in range(len(nums) - 1, -1, -1):
            answer[i] *= suffix
            suffix *= nums[i]
        return answer

    def _prefix_products(self, nums: List[int]) -> List[int]:
        """out[i] = nums[0] * ... * nums[i - 1] (1 for i = 0)."""
        out = [1] * len(nums)
        for i in range(1, len(nums)):
            out[i] = out[i - 1] * nums[i - 1]
        return out
