"""Reference solution for non_overlapping_intervals."""

from operator import itemgetter


def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    """Greedy by end: scan the intervals in order of their end and keep each one that
    starts at or after the end of the last kept one; every other one is removed.
    O(n log n) time; O(n) space for the sorted copy (sorting in place would still take
    O(n) scratch in CPython's list.sort)."""
    removed = 0
    kept_end = None
    for start, end in sorted(intervals, key=itemgetter(1)):
        if kept_end is None or start >= kept_end:
            kept_end = end
        else:
            removed += 1
    return removed
