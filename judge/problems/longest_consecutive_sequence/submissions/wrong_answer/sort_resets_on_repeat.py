"""Sort, then count the current run, but a repeated value resets the run to 1 instead of
being skipped ([0, 1, 2, 2, 3] gives 3, not 4)."""


def longest_consecutive(nums: list[int]) -> int:
    if not nums:
        return 0
    nums = sorted(nums)
    best = current = 1
    for i in range(1, len(nums)):
        if nums[i] == nums[i - 1] + 1:
            current += 1
        else:
            current = 1
        best = max(best, current)
    return best
