"""Two passes, but forgets that an element cannot be paired with itself."""


def two_sum(nums: list[int], target: int) -> list[int]:
    index = {value: i for i, value in enumerate(nums)}
    for i, value in enumerate(nums):
        if target - value in index:
            return [i, index[target - value]]
    return []
