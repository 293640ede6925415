"""Uses heapq without negating, so it smashes the two lightest stones each turn."""

import heapq


def last_stone_weight(stones: list[int]) -> int:
    heap = list(stones)
    heapq.heapify(heap)
    while len(heap) > 1:
        x = heapq.heappop(heap)
        y = heapq.heappop(heap)
        if x != y:
            heapq.heappush(heap, abs(y - x))
    return heap[0] if heap else 0
