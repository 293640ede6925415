# Plain recursion without memoisation: at each house, either skip it or rob it and jump
# over its neighbour. The call tree grows like Fibonacci: O(phi^n) time, O(n) stack.
class Solution:
    def rob(self, nums: List[int]) -> int:
        def best_from(i: int) -> int:
            if i >= len(nums):
                return 0
            return max(best_from(i + 1), nums[i] + best_from(i + 2))

        return best_from(0)
