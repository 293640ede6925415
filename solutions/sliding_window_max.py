"""Sliding Window Maximum with a monotonic deque: it keeps the indices of candidates
for the maximum, values decreasing from front to back. A new value evicts the smaller
ones behind it; the front leaves once it falls out of the window.
O(n) time, O(n) space (the output; the deque holds at most k indices)."""

from collections import deque


def sliding_window_max(nums: list[int], k: int) -> list[int]:
    candidates: deque[int] = deque()
    result: list[int] = []
    for i, value in enumerate(nums):
        while candidates and nums[candidates[-1]] <= value:
            candidates.pop()
        candidates.append(i)
        if candidates[0] == i - k:
            candidates.popleft()
        if i >= k - 1:
            result.append(nums[candidates[0]])
    return result
