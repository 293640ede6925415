"""Reference solution for meeting_rooms."""


def can_attend_meetings(intervals: list[list[int]]) -> bool:
    """Sort by start; one person can attend everything iff each meeting starts no earlier
    than the previous one ends. O(n log n) time, O(n) space for the sorted copy."""
    previous_end = None
    for start, end in sorted(intervals):
        if previous_end is not None and start < previous_end:
            return False
        previous_end = end
    return True
