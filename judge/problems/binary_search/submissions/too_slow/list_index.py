"""list.index scans from the left: O(n) time even though it runs in C."""


def binary_search(nums: list[int], target: int) -> int:
    try:
        return nums.index(target)
    except ValueError:
        return -1
