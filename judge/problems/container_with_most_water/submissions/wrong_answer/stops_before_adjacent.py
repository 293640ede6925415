"""Two pointers, but the loop runs while right - left > 1, so the last pair it would
reach, two adjacent walls, is never measured (wrong for [3, 3])."""


def max_area(height: list[int]) -> int:
    left, right = 0, len(height) - 1
    best = 0
    while left < right - 1:
        best = max(best, min(height[left], height[right]) * (right - left))
        if height[left] < height[right]:
            left += 1
        else:
            right -= 1
    return best
