from collections import defaultdict


def count_subsets(nums, target):
    ways = {0: 1}
    for x in nums:
        nxt = defaultdict(int, ways)
        for s, c in ways.items():
            nxt[s + x] += c
        ways = nxt
    return ways.get(target, 0)
