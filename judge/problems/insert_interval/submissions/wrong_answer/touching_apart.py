"""One pass, but with strict comparisons: intervals that only touch the new one
([1, 2] and [2, 5]) are kept apart instead of merged."""


def insert(intervals: list[list[int]], new_interval: list[int]) -> list[list[int]]:
    result = []
    start, end = new_interval
    i = 0
    while i < len(intervals) and intervals[i][1] <= start:
        result.append(intervals[i])
        i += 1
    while i < len(intervals) and intervals[i][0] < end:
        start = min(start, intervals[i][0])
        end = max(end, intervals[i][1])
        i += 1
    result.append([start, end])
    result.extend(intervals[i:])
    return result
