"""Divides the product of the nonzero numbers by each number, with a special case for a
zero, but forgets that with two zeros even the zero's own answer is 0."""


def product_except_self(nums: list[int]) -> list[int]:
    product = 1
    zero_at = -1
    for i, x in enumerate(nums):
        if x == 0:
            zero_at = i
        else:
            product *= x
    if zero_at >= 0:
        answer = [0] * len(nums)
        answer[zero_at] = product
        return answer
    return [product // x for x in nums]
