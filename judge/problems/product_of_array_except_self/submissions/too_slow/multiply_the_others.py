"""For every index, multiply all the other numbers: O(n^2) time, O(1) space."""


def product_except_self(nums: list[int]) -> list[int]:
    n = len(nums)
    answer = []
    for i in range(n):
        product = 1
        for j in range(n):
            if j != i:
                product *= nums[j]
        answer.append(product)
    return answer
