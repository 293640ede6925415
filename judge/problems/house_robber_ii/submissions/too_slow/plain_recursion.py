# Plain recursion without memoisation, once without the last house and once without the
# first: skip a house or rob it and jump over its neighbour. O(phi^n) time, O(n) stack.
class Solution:
    def rob(self, nums: List[int]) -> int:
        n = len(nums)
        if n == 1:
            return nums[0]

        def best(i: int, last: int) -> int:
            if i > last:
                return 0
            return max(best(i + 1, last), nums[i] + best(i + 2, last))

        return max(best(0, n - 2), best(1, n - 1))
