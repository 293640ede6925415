# 57. Insert Interval
# Binary search for the first interval that ends at or after the new start, then absorb
# the intervals that start at or before the new end. Time O(n) (copying into the answer
# dominates), space O(1) beyond the answer.

class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        start, end = newInterval
        i = self.firstEndingFrom(intervals, start)
        ans = []
        for k in range(i):
            ans.append(intervals[k])
        while i < len(intervals) and intervals[i][0] <= end:
            start = min(start, intervals[i][0])
            end = max(end, intervals[i][1])
            i += 1
        ans.append([start, end])
        for k in range(i, len(intervals)):
            ans.append(intervals[k])
        return ans

    def firstEndingFrom(self, intervals: List[List[int]], x: int) -> int:
        lo, hi = 0, len(intervals)
        while lo < hi:
            mid = (lo + hi) // 2
            if intervals[mid][1] < x:
                lo = mid + 1
            else:
                hi = mid
        return lo
