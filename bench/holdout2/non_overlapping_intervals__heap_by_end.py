import heapq


def erase_overlap_intervals(intervals):
    # Earliest end first, taken from a min-heap; keep an interval when it starts at or
    # after the last kept end, otherwise it is removed.
    heap = [(end, start) for start, end in intervals]
    heapq.heapify(heap)
    removed = 0
    last_end = None
    while heap:
        end, start = heapq.heappop(heap)
        if last_end is None or start >= last_end:
            last_end = end
        else:
            removed += 1
    return removed
