from bisect import bisect_left


def three_sum_closest(nums, target):
    a = sorted(nums)
    n = len(a)
    best = a[0] + a[1] + a[2]
    for i in range(n - 2):
        for j in range(i + 1, n - 1):
            need = target - a[i] - a[j]
            # the best third element among a[j+1:] is next to need's insertion point
            p = bisect_left(a, need, j + 1, n)
            for k in (p - 1, p):
                if j < k < n:
                    s = a[i] + a[j] + a[k]
                    if abs(s - target) < abs(best - target):
                        best = s
    return best
