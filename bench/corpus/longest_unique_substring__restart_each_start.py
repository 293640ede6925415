def longest_unique_substring(s):
    best = 0
    n = len(s)
    for i in range(n):
        seen = set()
        j = i
        while j < n and s[j] not in seen:
            seen.add(s[j])
            j += 1
        best = max(best, j - i)
    return best
