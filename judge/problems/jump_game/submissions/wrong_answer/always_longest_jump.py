"""Always takes the longest jump from each cell: fails when a shorter jump lands on a
cell that jumps farther ([2, 5, 0, 0, 0, 0] lands on a 0 but is reachable via the 5)."""


def can_jump(nums: list[int]) -> bool:
    i = 0
    while i < len(nums) - 1:
        if nums[i] == 0:
            return False
        i += nums[i]
    return True
