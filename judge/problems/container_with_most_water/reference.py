"""Reference solution for container_with_most_water."""


def max_area(height: list[int]) -> int:
    """Two pointers from both ends: the shorter wall bounds every container that keeps it
    and a narrower width, so it can be dropped. O(n) time, O(1) extra space."""
    left, right = 0, len(height) - 1
    best = 0
    while left < right:
        h_left, h_right = height[left], height[right]
        if h_left < h_right:
            area = h_left * (right - left)
            left += 1
        else:
            area = h_right * (right - left)
            right -= 1
        if area > best:
            best = area
    return best
