"""The coin-change-ways loop order: numbers outside, sums inside. That counts each
multiset of numbers once (combinations), not every order of it: [1, 2] and target 4 give
3 (1+1+1+1, 1+1+2, 2+2) instead of 5."""


def combination_sum4(nums: list[int], target: int) -> int:
    ways = [1] + [0] * target
    for x in nums:
        for t in range(x, target + 1):
            ways[t] += ways[t - x]
    return ways[target]
