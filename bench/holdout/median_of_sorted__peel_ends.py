def median_of_sorted(nums):
    # Strip the smallest and the largest element until one or two are left.
    a = nums
    while len(a) > 2:
        a = a[1:-1]
    return a[0]
