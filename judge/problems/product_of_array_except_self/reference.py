"""Reference solution for product_except_self."""


def product_except_self(nums: list[int]) -> list[int]:
    """Two sweeps over the answer list, without division: first answer[i] = product of
    everything left of i, then multiply in a running product of everything right of i.
    O(n) time, O(1) space beyond the returned list."""
    n = len(nums)
    answer = [1] * n
    left = 1
    for i in range(n):
        answer[i] = left
        left *= nums[i]
    right = 1
    for i in range(n - 1, -1, -1):
        answer[i] *= right
        right *= nums[i]
    return answer
