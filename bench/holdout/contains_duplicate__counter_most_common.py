from collections import Counter


def contains_duplicate(nums):
    if not nums:
        return False
    (_, count), = Counter(nums).most_common(1)
    return count > 1
