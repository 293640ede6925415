"""Monotonic deque with an off-by-one eviction (i - k - 1 instead of i - k), so the
element that just left the window can still be reported as its maximum."""

from collections import deque


def sliding_window_max(nums: list[int], k: int) -> list[int]:
    dq: deque[int] = deque()
    out: list[int] = []
    for i, x in enumerate(nums):
        while dq and nums[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] < i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out
