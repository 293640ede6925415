"""Min-heap of end times, but a room is only reused when it frees up strictly before
the next start: back-to-back meetings ([1, 5], [5, 9]) get a room each."""

import heapq


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    ends: list[int] = []
    for start, end in sorted(intervals):
        if ends and ends[0] < start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
