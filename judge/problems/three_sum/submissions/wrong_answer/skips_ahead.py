"""Sort + two pointers, but skips a first value when the NEXT one is equal (instead of the
previous one), so a triplet using the smallest value twice, like [-1, -1, 2], is lost."""


def three_sum(nums: list[int]) -> list[list[int]]:
    nums = sorted(nums)
    n = len(nums)
    res = []
    for i in range(n - 2):
        if i + 1 < n and nums[i] == nums[i + 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s < 0:
                lo += 1
            elif s > 0:
                hi -= 1
            else:
                res.append([nums[i], nums[lo], nums[hi]])
                lo += 1
                hi -= 1
                while lo < hi and nums[lo] == nums[lo - 1]:
                    lo += 1
    return res
