# Track the largest and smallest product ending here; a negative number swaps them.
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        best = nums[0]
        hi = lo = 1  # the empty product: the first step makes both nums[0]
        for x in nums:
            hi, lo = self._extend(hi, lo, x)
            best = max(best, hi)
        return best

    def _extend(self, hi: int, lo: int, x: int) -> Tuple[int, int]:
        candidates = (x, hi * x, lo * x)
        return max(candidates), min(candidates)
