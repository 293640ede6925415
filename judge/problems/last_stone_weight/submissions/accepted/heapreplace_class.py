"""LeetCode form: a max-heap of negated weights; when the smash leaves a stone, it
replaces the second stone in one heapreplace instead of a pop and a push.
O(n log n) time, O(n) space."""

import heapq
from typing import List


class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        heap = [-s for s in stones]
        heapq.heapify(heap)
        while len(heap) > 1:
            heaviest = -heapq.heappop(heap)
            second = -heap[0]
            if heaviest == second:
                heapq.heappop(heap)
            else:
                heapq.heapreplace(heap, second - heaviest)
        return -heap[0] if heap else 0
