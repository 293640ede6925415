import random


def sort_numbers(nums):
    def quicksort(a):
        if len(a) <= 1:
            return a
        pivot = a[random.randrange(len(a))]
        less = [x for x in a if x < pivot]
        equal = [x for x in a if x == pivot]
        greater = [x for x in a if x > pivot]
        return quicksort(less) + equal + quicksort(greater)

    return quicksort(list(nums))
