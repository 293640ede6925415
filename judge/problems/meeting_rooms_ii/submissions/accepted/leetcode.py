# 253. Meeting Rooms II
# Process meetings by start time with a min-heap of the end times of rooms in use: if
# the room that frees up first is free by now, reuse it, else open a new room.
# Time O(n log n), space O(n).

class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        intervals.sort(key=lambda x: x[0])
        ends = []
        for start, end in intervals:
            self.assign(ends, start, end)
        return len(ends)

    def assign(self, ends: List[int], start: int, end: int) -> None:
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
