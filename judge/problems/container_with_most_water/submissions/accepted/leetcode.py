# Two pointers, pasted from LeetCode: always move the shorter wall inward.
class Solution:
    def maxArea(self, height: List[int]) -> int:
        i, j = 0, len(height) - 1
        best = 0
        while i < j:
            best = max(best, self.water(height, i, j))
            if height[i] < height[j]:
                i += 1
            else:
                j -= 1
        return best

    def water(self, height: List[int], i: int, j: int) -> int:
        return min(height[i], height[j]) * (j - i)
