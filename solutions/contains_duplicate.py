"""Contains Duplicate: a set keeps one copy of each value, so any duplicate makes it
shorter than the list. O(n) time, O(n) space."""


def contains_duplicate(nums: list[int]) -> bool:
    return len(set(nums)) < len(nums)
