# 252. Meeting Rooms
# Sort by start time, then every meeting must start no earlier than the previous one
# ends. Time O(n log n), space O(n) for the sort.

class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        intervals.sort(key=lambda x: x[0])
        for i in range(1, len(intervals)):
            if self.clash(intervals[i - 1], intervals[i]):
                return False
        return True

    def clash(self, earlier: List[int], later: List[int]) -> bool:
        return later[0] < earlier[1]
