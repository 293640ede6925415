"""Two pointers, but the outer loop stops one index early (range(n - 3)), so the triple
of the three largest numbers is never tried."""


def three_sum_closest(nums: list[int], target: int) -> int:
    a = sorted(nums)
    n = len(a)
    best = a[0] + a[1] + a[2]
    for i in range(n - 3):
        j, k = i + 1, n - 1
        while j < k:
            s = a[i] + a[j] + a[k]
            if abs(s - target) < abs(best - target):
                best = s
            if s < target:
                j += 1
            else:
                k -= 1
    return best
