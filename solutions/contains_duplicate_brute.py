"""Contains Duplicate by comparing every pair. O(n^2) time, O(1) space."""


def contains_duplicate(nums: list[int]) -> bool:
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] == nums[j]:
                return True
    return False
