"""Sorts by start and, on an overlap, always removes the later interval: a long interval
that starts first then pushes out everything inside it ([1, 10], [2, 3], [4, 5])."""


def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    intervals = sorted(intervals)
    removed = 0
    prev_end = intervals[0][1]
    for start, end in intervals[1:]:
        if start < prev_end:
            removed += 1
        else:
            prev_end = end
    return removed
