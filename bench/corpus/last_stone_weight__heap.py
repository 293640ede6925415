import heapq


def last_stone_weight(stones):
    heap = [-w for w in stones]
    heapq.heapify(heap)
    while len(heap) > 1:
        y = -heapq.heappop(heap)
        x = -heapq.heappop(heap)
        if y != x:
            heapq.heappush(heap, x - y)
    return -heap[0] if heap else 0
