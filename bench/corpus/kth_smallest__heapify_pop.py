import heapq


def kth_smallest(nums, k):
    heap = list(nums)
    heapq.heapify(heap)
    for _ in range(k - 1):
        heapq.heappop(heap)
    return heap[0]
