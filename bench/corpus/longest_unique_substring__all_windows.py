def longest_unique_substring(s):
    # Every window s[i..j], tracking whether it has repeated a letter yet (no early stop).
    n = len(s)
    best = 0
    for i in range(n):
        seen = set()
        repeated = False
        for j in range(i, n):
            if s[j] in seen:
                repeated = True
            seen.add(s[j])
            if not repeated and j - i + 1 > best:
                best = j - i + 1
    return best
