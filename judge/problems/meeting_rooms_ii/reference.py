"""Reference solution for meeting_rooms_ii."""


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    """Sort the start times and the end times separately and sweep: a meeting that starts
    at or after the earliest unreleased end takes that room over, otherwise it needs a new
    one. O(n log n) time, O(n) space for the two sorted lists."""
    starts = sorted([start for start, _ in intervals])
    ends = sorted([end for _, end in intervals])
    rooms = 0
    released = 0
    for start in starts:
        if start >= ends[released]:
            released += 1
        else:
            rooms += 1
    return rooms
