"""Every triple from itertools.combinations: O(n^3) time, O(1) space."""

from itertools import combinations


def three_sum_closest(nums: list[int], target: int) -> int:
    return min((sum(t) for t in combinations(nums, 3)), key=lambda s: abs(s - target))
