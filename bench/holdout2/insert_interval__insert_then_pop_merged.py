def insert(intervals, new_interval):
    # Put the new interval where its start belongs, then swallow overlapping neighbours
    # one by one, popping each swallowed interval out of the list.
    i = 0
    while i < len(intervals) and intervals[i][0] < new_interval[0]:
        i += 1
    intervals.insert(i, [new_interval[0], new_interval[1]])
    if i > 0 and intervals[i - 1][1] >= intervals[i][0]:
        i -= 1
        intervals[i] = [intervals[i][0], max(intervals[i][1], intervals[i + 1][1])]
        intervals.pop(i + 1)
    while i + 1 < len(intervals) and intervals[i + 1][0] <= intervals[i][1]:
        intervals[i] = [intervals[i][0], max(intervals[i][1], intervals[i + 1][1])]
        intervals.pop(i + 1)
    return intervals
