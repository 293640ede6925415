"""Reference solution for two_sum."""


def two_sum(nums: list[int], target: int) -> list[int]:
    """One pass with a value -> index map: O(n) time, O(n) space."""
    seen: dict[int, int] = {}
    for i, x in enumerate(nums):
        j = seen.get(target - x)
        if j is not None:
            return [j, i]
        seen[x] = i
    return []
