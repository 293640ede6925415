"""The recurrence without memoization: on mismatches it branches twice, so it explores
up to C(2n, n) paths: exponential time, far over the limit on the 300-letter tests."""


def longest_common_subsequence(text1: str, text2: str) -> int:
    def lcs(i: int, j: int) -> int:
        if i == len(text1) or j == len(text2):
            return 0
        if text1[i] == text2[j]:
            return 1 + lcs(i + 1, j + 1)
        return max(lcs(i + 1, j), lcs(i, j + 1))

    return lcs(0, 0)
