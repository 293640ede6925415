"""The busiest moment is some meeting's start: for every meeting, count the meetings
running when it starts, and take the largest count. O(n^2) time, O(1) space."""


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    best = 0
    for t, _ in intervals:
        running = 0
        for start, end in intervals:
            if start <= t < end:
                running += 1
        if running > best:
            best = running
    return best
