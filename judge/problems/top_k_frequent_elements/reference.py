"""Reference solution for top_k_frequent_elements."""

from collections import Counter


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    """Count, then bucket the values by their count (a count is at most n) and read the
    buckets from the highest count down until k values are collected.
    O(n) time, O(n) extra space."""
    counts = Counter(nums)
    buckets: list[list[int]] = [[] for _ in range(len(nums) + 1)]
    for value, count in counts.items():
        buckets[count].append(value)
    result: list[int] = []
    for count in range(len(nums), 0, -1):
        for value in buckets[count]:
            result.append(value)
            if len(result) == k:
                return result
    return result
