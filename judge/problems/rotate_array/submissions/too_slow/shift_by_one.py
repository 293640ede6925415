# Rotate one place at a time, k times: each step moves every element. O(n * k) time.
class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        n = len(nums)
        for _ in range(k % n):
            last = nums[-1]
            for i in range(n - 1, 0, -1):
                nums[i] = nums[i - 1]
            nums[0] = last
