"""Two passes: index every value, then look up each complement. O(n) time, O(n) space."""


def two_sum(nums: list[int], target: int) -> list[int]:
    last_index = {value: i for i, value in enumerate(nums)}
    for i, value in enumerate(nums):
        j = last_index.get(target - value)
        if j is not None and j != i:
            return [i, j]
    return []
