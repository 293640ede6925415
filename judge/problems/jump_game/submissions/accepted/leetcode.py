# 55. Jump Game
# Walk backwards: keep the leftmost cell known to reach the end ("goal"); a cell whose
# jump reaches the goal becomes the new goal. The start works iff the goal ends at 0.
# Time O(n), space O(1).

class Solution:
    def canJump(self, nums: List[int]) -> bool:
        goal = len(nums) - 1
        for i in range(len(nums) - 2, -1, -1):
            if self.reaches(nums, i, goal):
                goal = i
        return goal == 0

    def reaches(self, nums: List[int], i: int, goal: int) -> bool:
        return i + nums[i] >= goal
