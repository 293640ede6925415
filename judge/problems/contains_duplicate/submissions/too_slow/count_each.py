"""Count every element's occurrences with list.count: O(n^2) time, O(1) space."""


def contains_duplicate(nums: list[int]) -> bool:
    return any(nums.count(x) > 1 for x in nums)
