def merge_intervals(intervals):
    merged = []
    for s, e in intervals:
        keep = []
        for ms, me in merged:
            if me < s or ms > e:
                keep.append([ms, me])
            else:
                s, e = min(s, ms), max(e, me)
        keep.append([s, e])
        merged = keep
    merged.sort()
    return merged
