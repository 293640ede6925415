from itertools import accumulate


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    # +1 when a meeting starts, -1 when one ends; (t, -1) sorts before (t, 1), so a room
    # freed at t is counted free before a meeting starting at t claims one.
    events = sorted([(start, 1) for start, _ in intervals] + [(end, -1) for _, end in intervals])
    return max(accumulate(delta for _, delta in events))
