def sort_numbers(nums):
    # Iterative (bottom-up) merge sort: merge runs of width 1, 2, 4, ... into a new list.
    a = list(nums)
    n = len(a)
    width = 1
    while width < n:
        out = []
        for lo in range(0, n, 2 * width):
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            i, j = lo, mid
            while i < mid and j < hi:
                if a[j] < a[i]:
                    out.append(a[j])
                    j += 1
                else:
                    out.append(a[i])
                    i += 1
            out.extend(a[i:mid])
            out.extend(a[j:hi])
        a = out
        width *= 2
    return a
