"""Reference solution for last_stone_weight."""

import heapq


def last_stone_weight(stones: list[int]) -> int:
    """Max-heap (negated weights); each turn is two pops and at most one push.
    O(n log n) time, O(n) space."""
    heap = [-w for w in stones]
    heapq.heapify(heap)
    while len(heap) > 1:
        y = -heapq.heappop(heap)
        x = -heapq.heappop(heap)
        if y != x:
            heapq.heappush(heap, x - y)
    return -heap[0] if heap else 0
