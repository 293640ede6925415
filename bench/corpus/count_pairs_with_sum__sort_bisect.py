from bisect import bisect_left, bisect_right


def count_pairs_with_sum(nums, target):
    a = sorted(nums)
    pairs = 0
    for i, x in enumerate(a):
        y = target - x
        pairs += bisect_right(a, y, i + 1) - bisect_left(a, y, i + 1)
    return pairs
