"""Maximum Subarray by summing every subarray incrementally from each start.
O(n^2) time, O(1) space."""


def max_subarray(nums: list[int]) -> int:
    best = nums[0]
    for i in range(len(nums)):
        total = 0
        for j in range(i, len(nums)):
            total += nums[j]
            best = max(best, total)
    return best
