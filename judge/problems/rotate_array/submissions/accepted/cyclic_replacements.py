# Cyclic replacements: carry each value to its target slot, following the cycle until
# it returns to its start; gcd(n, k) cycles cover every index once. O(n) time, O(1) space.
class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        """
        Do not return anything, modify nums in-place instead.
        """
        n = len(nums)
        k %= n
        if k == 0:
            return
        moved = 0
        start = 0
        while moved < n:
            current = start
            carried = nums[start]
            while True:
                nxt = (current + k) % n
                nums[nxt], carried = carried, nums[nxt]
                current = nxt
                moved += 1
                if current == start:
                    break
            start += 1
