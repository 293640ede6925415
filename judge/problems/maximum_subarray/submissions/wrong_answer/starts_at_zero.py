"""Kadane that starts the best sum at 0, so it answers 0 (the empty subarray) when
every number is negative."""


def max_subarray(nums: list[int]) -> int:
    best = current = 0
    for x in nums:
        current = max(0, current + x)
        best = max(best, current)
    return best
