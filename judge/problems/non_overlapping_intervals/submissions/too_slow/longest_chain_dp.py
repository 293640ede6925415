"""Dynamic programming, like a longest increasing subsequence: sort by start, and for
each interval find the longest chain of non-overlapping intervals ending with it by
looking at every earlier one. O(n^2) time, O(n) space."""


def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    intervals = sorted(intervals)
    n = len(intervals)
    chain = [1] * n
    for i in range(n):
        start = intervals[i][0]
        for j in range(i):
            if intervals[j][1] <= start and chain[j] + 1 > chain[i]:
                chain[i] = chain[j] + 1
    return n - max(chain)
