"""Reference solution for house_robber."""


def rob(nums: list[int]) -> int:
    """best(i) = max(best(i - 1), best(i - 2) + nums[i]), keeping only the last two
    values: O(n) time, O(1) space."""
    skip, take = 0, 0  # best total up to the previous house, without / with freedom to take it
    for amount in nums:
        skip, take = take, max(take, skip + amount)
    return take
