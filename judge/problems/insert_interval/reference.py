"""Reference solution for insert_interval."""


def insert(intervals: list[list[int]], new_interval: list[int]) -> list[list[int]]:
    """One pass: copy the intervals that end before the new one starts, absorb every
    interval that overlaps it, copy the rest. O(n) time; O(1) space beyond the returned
    list (whose intervals, except the merged one, are the input's own)."""
    result: list[list[int]] = []
    start, end = new_interval
    i, n = 0, len(intervals)
    while i < n and intervals[i][1] < start:
        result.append(intervals[i])
        i += 1
    while i < n and intervals[i][0] <= end:
        if intervals[i][0] < start:
            start = intervals[i][0]
        if intervals[i][1] > end:
            end = intervals[i][1]
        i += 1
    result.append([start, end])
    while i < n:
        result.append(intervals[i])
        i += 1
    return result
