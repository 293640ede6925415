"""Reference solution for find_median_from_data_stream: two heaps, a max-heap (negated) of
the smaller half and a min-heap of the larger half, the smaller half holding the extra
number when the count is odd. addNum O(log n), findMedian O(1); O(n) space."""

from heapq import heappop, heappush, heappushpop


class MedianFinder:
    def __init__(self):
        self.low: list[int] = []   # negated: -low[0] is the largest of the smaller half
        self.high: list[int] = []  # high[0] is the smallest of the larger half

    def addNum(self, num: int) -> None:
        # pass the number through the smaller half, so its largest moves to the larger half
        moved = -heappushpop(self.low, -num)
        heappush(self.high, moved)
        if len(self.high) > len(self.low):
            heappush(self.low, -heappop(self.high))

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2.0
