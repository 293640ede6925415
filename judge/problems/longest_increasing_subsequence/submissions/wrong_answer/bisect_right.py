"""Patience sorting with bisect_right instead of bisect_left: an equal value is appended
after its twin instead of replacing it, so this measures the longest non-decreasing
subsequence ([5, 5, 5] gives 3 instead of 1)."""

from bisect import bisect_right


def length_of_lis(nums: list[int]) -> int:
    tails: list[int] = []
    for x in nums:
        i = bisect_right(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
