"""Reference solution for three_sum."""


def three_sum(nums: list[int]) -> list[list[int]]:
    """Sort a copy; for each distinct first value a <= 0, close in on the rest with two
    pointers, skipping repeated values so every triplet is reported once.
    O(n^2) time, O(n) extra space (the sorted copy)."""
    nums = sorted(nums)
    n = len(nums)
    triplets: list[list[int]] = []
    for i in range(n - 2):
        a = nums[i]
        if a > 0:
            break  # the other two are >= a > 0 as well
        if i > 0 and a == nums[i - 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = a + nums[lo] + nums[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                triplets.append([a, nums[lo], nums[hi]])
                lo += 1
                hi -= 1
                while lo < hi and nums[lo] == nums[lo - 1]:
                    lo += 1
                while lo < hi and nums[hi] == nums[hi + 1]:
                    hi -= 1
    return triplets
