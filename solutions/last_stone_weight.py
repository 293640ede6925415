"""Last Stone Weight: simulate with a max-heap (heapq stores negated weights).
Each turn pops the two heaviest and pushes back their difference, if any.
O(n log n) time, O(n) space."""

import heapq


def last_stone_weight(stones: list[int]) -> int:
    heap = [-s for s in stones]
    heapq.heapify(heap)
    while len(heap) >= 2:
        first = -heapq.heappop(heap)
        second = -heapq.heappop(heap)
        if first > second:
            heapq.heappush(heap, second - first)
    return -heap[0] if heap else 0
