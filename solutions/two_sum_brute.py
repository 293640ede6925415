"""Two Sum by brute force: try every pair of indices. O(n^2) time, O(1) space."""


def two_sum(nums: list[int], target: int) -> list[int]:
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []
