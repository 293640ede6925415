"""Reference solution for house_robber_ii."""


def _rob_line(nums: list[int], start: int, stop: int) -> int:
    """The best haul from the houses nums[start:stop] in a straight line, without slicing."""
    skip, take = 0, 0
    for i in range(start, stop):
        skip, take = take, max(take, skip + nums[i])
    return take


def rob(nums: list[int]) -> int:
    """The first and last houses are neighbours, so at least one of them stays untouched:
    the answer is the better of the line without the last house and the line without the
    first (a single house has no neighbour). O(n) time, O(1) space."""
    n = len(nums)
    if n == 1:
        return nums[0]
    return max(_rob_line(nums, 0, n - 1), _rob_line(nums, 1, n))
