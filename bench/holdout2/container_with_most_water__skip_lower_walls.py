def max_area(height: list[int]) -> int:
    """Two pointers, but after measuring a pair at water level h both sides skip every
    wall that is not taller than h: such a wall can only give a narrower container that
    is at most h deep, so it can never beat the pair just measured."""
    i, j = 0, len(height) - 1
    best = 0
    while i < j:
        level = height[i] if height[i] < height[j] else height[j]
        area = level * (j - i)
        if area > best:
            best = area
        while i < j and height[i] <= level:
            i += 1
        while i < j and height[j] <= level:
            j -= 1
    return best
