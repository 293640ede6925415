"""Add the new interval, then merge any two overlapping intervals until no pair
overlaps, then sort. Every pass compares all pairs: O(n^2) time even when nothing
merges."""


def insert(intervals: list[list[int]], new_interval: list[int]) -> list[list[int]]:
    pending = [list(iv) for iv in intervals] + [list(new_interval)]
    changed = True
    while changed:
        changed = False
        i = 0
        while i < len(pending):
            j = i + 1
            while j < len(pending):
                a, b = pending[i], pending[j]
                if a[0] <= b[1] and b[0] <= a[1]:
                    pending[i] = [min(a[0], b[0]), max(a[1], b[1])]
                    pending.pop(j)
                    changed = True
                else:
                    j += 1
            i += 1
    return sorted(pending)
