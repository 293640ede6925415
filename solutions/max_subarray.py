"""Maximum Subarray with Kadane's algorithm: the best sum of a subarray ending at the
current element is either that element alone or the element added to the best sum
ending just before it. O(n) time, O(1) space."""


def max_subarray(nums: list[int]) -> int:
    best = current = nums[0]
    for i in range(1, len(nums)):
        current = max(nums[i], current + nums[i])
        best = max(best, current)
    return best
