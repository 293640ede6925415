"""The textbook DP: best[i] = 1 + max(best[j]) over the earlier j with nums[j] < nums[i].
Correct, but every element looks at all earlier ones: O(n^2) time, O(n) space."""


def length_of_lis(nums: list[int]) -> int:
    best = [1] * len(nums)
    for i in range(len(nums)):
        for j in range(i):
            if nums[j] < nums[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best)
