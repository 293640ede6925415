"""Counts correctly, then forgets key=counts.get: heapq.nlargest picks the k largest
values, not the k most frequent ones."""

import heapq
from collections import Counter


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    counts = Counter(nums)
    return heapq.nlargest(k, counts)
