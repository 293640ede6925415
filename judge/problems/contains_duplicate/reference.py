"""Reference solution for contains_duplicate."""


def contains_duplicate(nums: list[int]) -> bool:
    """Remember every value seen so far in a set: O(n) time, O(n) space."""
    seen: set[int] = set()
    for x in nums:
        if x in seen:
            return True
        seen.add(x)
    return False
