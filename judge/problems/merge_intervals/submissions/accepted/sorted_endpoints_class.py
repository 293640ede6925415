"""LeetCode form: sort the starts and the ends separately. A merged interval ends at
ends[i] exactly when the next start is past it. O(n log n) time, O(n) space."""

from typing import List


class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        starts = sorted(iv[0] for iv in intervals)
        ends = sorted(iv[1] for iv in intervals)
        result: List[List[int]] = []
        first = 0
        for i in range(len(starts)):
            if i == len(starts) - 1 or starts[i + 1] > ends[i]:
                result.append([starts[first], ends[i]])
                first = i + 1
        return result
