from collections import Counter


def _subset_sums(part):
    sums = [0]
    for x in part:
        sums += [s + x for s in sums]
    return sums


def count_subsets(nums, target):
    # Split in halves: every subset is a left subset plus a right subset.
    half = len(nums) // 2
    right = Counter(_subset_sums(nums[half:]))
    return sum(right[target - s] for s in _subset_sums(nums[:half]))
