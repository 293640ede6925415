def merge_intervals(intervals):
    # Insertion-sort the intervals by start, then merge in one pass.
    order = []
    for iv in intervals:
        order.append(iv)
        i = len(order) - 1
        while i > 0 and order[i - 1][0] > iv[0]:
            order[i] = order[i - 1]
            i -= 1
        order[i] = iv
    merged = []
    for start, end in order:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    return merged
