import heapq


def merge_intervals(intervals):
    # Pop intervals in order of start from a heap instead of sorting the list.
    heap = [(start, end) for start, end in intervals]
    heapq.heapify(heap)
    merged = []
    while heap:
        start, end = heapq.heappop(heap)
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    return merged
