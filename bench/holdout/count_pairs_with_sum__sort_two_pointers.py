def count_pairs_with_sum(nums, target):
    a = sorted(nums)
    i, j = 0, len(a) - 1
    pairs = 0
    while i < j:
        s = a[i] + a[j]
        if s < target:
            i += 1
        elif s > target:
            j -= 1
        elif a[i] == a[j]:
            # everything from i to j is the same value: choose any two of them
            m = j - i + 1
            pairs += m * (m - 1) // 2
            break
        else:
            left = 1
            while a[i + left] == a[i]:
                left += 1
            right = 1
            while a[j - right] == a[j]:
                right += 1
            pairs += left * right
            i += left
            j -= right
    return pairs
