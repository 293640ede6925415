import random


def kth_smallest(nums, k):
    a = nums
    while True:
        pivot = a[random.randrange(len(a))]
        less = [x for x in a if x < pivot]
        if k <= len(less):
            a = less
            continue
        equal = a.count(pivot)
        if k <= len(less) + equal:
            return pivot
        k -= len(less) + equal
        a = [x for x in a if x > pivot]
