"""Every pair of positions, then a linear search of the rest of the list for the value
that completes it; triplets kept in a set as sorted tuples. Correct, O(n^3) time."""


def three_sum(nums: list[int]) -> list[list[int]]:
    n = len(nums)
    found = set()
    for i in range(n - 2):
        a = nums[i]
        for j in range(i + 1, n - 1):
            b = nums[j]
            if -a - b in nums[j + 1:]:
                found.add(tuple(sorted((a, b, -a - b))))
    return [list(t) for t in found]
