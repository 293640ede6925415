"""Sort, fix the smallest of the three, and close in with two pointers; skips repeated
first values and stops at an exact hit. O(n^2) time, O(n) space."""


def three_sum_closest(nums: list[int], target: int) -> int:
    nums = sorted(nums)
    closest = nums[0] + nums[1] + nums[2]
    for first in range(len(nums) - 2):
        if first > 0 and nums[first] == nums[first - 1]:
            continue
        left, right = first + 1, len(nums) - 1
        while left < right:
            total = nums[first] + nums[left] + nums[right]
            if abs(total - target) < abs(closest - target):
                closest = total
            if total < target:
                left += 1
            elif total > target:
                right -= 1
            else:
                return total
    return closest
