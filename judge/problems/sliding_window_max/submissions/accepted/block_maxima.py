"""Split nums into blocks of k. Any window spans the end of one block and the start of
the next, so its maximum is max(suffix max of the first, prefix max of the second).
Two linear passes: O(n) time, O(n) space."""


def sliding_window_max(nums: list[int], k: int) -> list[int]:
    n = len(nums)
    prefix_max = nums[:]
    suffix_max = nums[:]
    for i in range(1, n):
        if i % k:
            prefix_max[i] = max(prefix_max[i - 1], nums[i])
    for i in range(n - 2, -1, -1):
        if (i + 1) % k:
            suffix_max[i] = max(suffix_max[i + 1], nums[i])
    return [max(suffix_max[i], prefix_max[i + k - 1]) for i in range(n - k + 1)]
