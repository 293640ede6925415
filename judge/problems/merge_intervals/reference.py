"""Reference solution for merge_intervals."""


def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    """Sort by start, then extend the last merged interval or open a new one.
    O(n log n) time, O(n) space. The input lists are not modified."""
    merged: list[list[int]] = []
    for start, end in sorted(intervals, key=lambda iv: iv[0]):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    return merged
