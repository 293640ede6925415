"""min() reads every value: O(n) time, even though the loop runs in C."""


def find_min(nums: list[int]) -> int:
    return min(nums)
