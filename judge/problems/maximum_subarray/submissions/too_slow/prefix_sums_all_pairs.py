"""Prefix sums, then every (start, end) pair: O(n^2) time, O(n) space."""

from itertools import accumulate


def max_subarray(nums: list[int]) -> int:
    prefix = [0, *accumulate(nums)]
    n = len(nums)
    return max(prefix[j] - prefix[i] for i in range(n) for j in range(i + 1, n + 1))
