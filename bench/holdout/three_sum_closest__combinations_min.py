from itertools import combinations


def three_sum_closest(nums, target):
    return min(map(sum, combinations(nums, 3)), key=lambda s: abs(s - target))
