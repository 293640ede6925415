"""For each number, search the rest of the list for its complement: O(n^2) time."""


def two_sum(nums: list[int], target: int) -> list[int]:
    for i, value in enumerate(nums):
        try:
            return [i, nums.index(target - value, i + 1)]
        except ValueError:
            continue
    return []
