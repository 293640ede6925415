import sys


def longest_common_subsequence(text1, text2):
    m, n = len(text1), len(text2)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), m + n + 1000))
    memo = {}

    def go(i, j):
        if i == m or j == n:
            return 0
        key = i * (n + 1) + j
        if key in memo:
            return memo[key]
        if text1[i] == text2[j]:
            value = go(i + 1, j + 1) + 1
        else:
            value = max(go(i + 1, j), go(i, j + 1))
        memo[key] = value
        return value

    return go(0, 0)
