from collections import Counter


def count_pairs_with_sum(nums, target):
    seen = Counter()
    pairs = 0
    for x in nums:
        pairs += seen[target - x]
        seen[x] += 1
    return pairs
