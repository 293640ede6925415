"""Reference solution for three_sum_closest."""


def three_sum_closest(nums: list[int], target: int) -> int:
    """Sort a copy; for each first element, move two pointers inwards over the rest.
    O(n^2) time, O(n) space for the sorted copy."""
    a = sorted(nums)
    n = len(a)
    best = a[0] + a[1] + a[2]
    for i in range(n - 2):
        x = a[i]
        j, k = i + 1, n - 1
        while j < k:
            s = x + a[j] + a[k]
            if s == target:
                return s
            if abs(s - target) < abs(best - target):
                best = s
            if s < target:
                j += 1
            else:
                k -= 1
    return best
