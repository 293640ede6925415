"""Walk the list until a value is smaller than the one before it: that is the minimum.
O(n) time when the drop is late or absent."""


def find_min(nums: list[int]) -> int:
    for i in range(1, len(nums)):
        if nums[i] < nums[i - 1]:
            return nums[i]
    return nums[0]
