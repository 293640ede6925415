"""Sorts and merges, but sets the merged end to the new interval's end without max(),
so an interval nested inside the previous one shrinks it."""


def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return merged
