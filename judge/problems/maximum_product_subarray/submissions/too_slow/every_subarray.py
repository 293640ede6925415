"""Every start, extended one number at a time with a running product: O(n^2) time."""


def max_product(nums: list[int]) -> int:
    n = len(nums)
    best = nums[0]
    for i in range(n):
        product = 1
        for j in range(i, n):
            product *= nums[j]
            if product > best:
                best = product
    return best
