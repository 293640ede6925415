"""Reference solution for sliding_window_max."""

from collections import deque


def sliding_window_max(nums: list[int], k: int) -> list[int]:
    """Monotonic deque of indices whose values decrease from front to back; the front
    is the current window's maximum. Each index enters and leaves once: O(n) time,
    O(n) space (the output; the deque holds at most k indices)."""
    window: deque[int] = deque()
    out: list[int] = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            out.append(nums[window[0]])
    return out
