"""Reference solution for longest_increasing_subsequence."""

from bisect import bisect_left


def length_of_lis(nums: list[int]) -> int:
    """Patience sorting: tails[k] is the smallest last value of a strictly increasing
    subsequence of length k + 1 seen so far; each value replaces the first tail >= it (or
    extends the list). O(n log n) time, O(n) space."""
    tails: list[int] = []
    for x in nums:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
