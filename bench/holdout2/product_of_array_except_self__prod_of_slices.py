from math import prod


def product_except_self(nums: list[int]) -> list[int]:
    # For each position, multiply everything to its left and everything to its right.
    answer = []
    for i in range(len(nums)):
        answer.append(prod(nums[:i]) * prod(nums[i + 1:]))
    return answer
