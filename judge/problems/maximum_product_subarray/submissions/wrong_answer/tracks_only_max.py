"""Kadane's idea copied from the maximum-sum problem: keeps only the largest product ending
here, so two negatives that would cancel are never multiplied together."""


def max_product(nums: list[int]) -> int:
    best = current = nums[0]
    for x in nums[1:]:
        current = max(x, current * x)
        best = max(best, current)
    return best
