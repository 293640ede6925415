from bisect import bisect_left


def find_min(nums: list[int]) -> int:
    # Values <= the last value form a suffix of the list, starting at the minimum:
    # the predicate is False...False True...True, so bisect finds the first True.
    last = nums[-1]
    first = bisect_left(range(len(nums)), True, key=lambda k: nums[k] <= last)
    return nums[first]
