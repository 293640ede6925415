"""Merge Intervals without sorting first: fold each interval into an unsorted result
list, absorbing every result interval it overlaps. The result can hold up to n
intervals, so O(n^2) time; O(n) space."""


def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    result: list[list[int]] = []
    for start, end in intervals:
        kept: list[list[int]] = []
        for s, e in result:
            if s <= end and start <= e:
                start, end = min(start, s), max(end, e)
            else:
                kept.append([s, e])
        kept.append([start, end])
        result = kept
    return sorted(result)
