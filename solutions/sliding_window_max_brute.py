"""Sliding Window Maximum by taking max() of every window slice.
O(n * k) time (O(n^2) with k about n/2), O(k) extra space for each slice."""


def sliding_window_max(nums: list[int], k: int) -> list[int]:
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
