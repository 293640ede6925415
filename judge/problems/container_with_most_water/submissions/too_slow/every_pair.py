"""Every pair of walls: correct, O(n^2) time whatever the heights."""


def max_area(height: list[int]) -> int:
    n = len(height)
    best = 0
    for i in range(n - 1):
        hi = height[i]
        for j in range(i + 1, n):
            hj = height[j]
            area = (hi if hi < hj else hj) * (j - i)
            if area > best:
                best = area
    return best
