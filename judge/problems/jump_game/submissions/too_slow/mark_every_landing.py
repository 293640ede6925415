"""Dynamic programming over every jump: from each reachable cell, mark every cell it can
land on. O(sum of the jumps) = O(n^2) time when jumps are long, O(n) space."""


def can_jump(nums: list[int]) -> bool:
    n = len(nums)
    reachable = [False] * n
    reachable[0] = True
    for i in range(n):
        if not reachable[i]:
            continue
        for j in range(i + 1, min(n, i + nums[i] + 1)):
            reachable[j] = True
    return reachable[-1]
