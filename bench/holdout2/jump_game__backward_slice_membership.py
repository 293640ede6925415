def can_jump(nums: list[int]) -> bool:
    # good[i]: the last cell can be reached from cell i. Going right to left, cell i is
    # good when some cell it can land on is good.
    n = len(nums)
    good = [False] * n
    good[-1] = True
    for i in range(n - 2, -1, -1):
        good[i] = True in good[i + 1:i + nums[i] + 1]
    return good[0]
