def sum_list(nums):
    total = 0
    for x in nums:
        total += x
    return total
