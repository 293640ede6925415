"""Counts every distinct value with its own pass over nums (list.count), then sorts:
correct, and O(n * distinct) time, O(n^2) when most values are distinct."""


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    counts = {value: nums.count(value) for value in set(nums)}
    return sorted(counts, key=counts.get, reverse=True)[:k]
