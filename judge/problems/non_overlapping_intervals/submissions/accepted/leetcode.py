# 435. Non-overlapping Intervals
# Sort by start; when two intervals overlap, drop the one that ends later (it can only
# get in the way of more intervals). Time O(n log n), space O(n) for the sort.

class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        intervals.sort()
        removed = 0
        prev_end = intervals[0][1]
        for start, end in intervals[1:]:
            if self.overlaps(prev_end, start):
                removed += 1
                prev_end = min(prev_end, end)
            else:
                prev_end = end
        return removed

    def overlaps(self, prev_end: int, start: int) -> bool:
        return start < prev_end
