"""Ignore the order and let list.index look: O(n) time, even though it runs in C."""


def search(nums: list[int], target: int) -> int:
    return nums.index(target) if target in nums else -1
