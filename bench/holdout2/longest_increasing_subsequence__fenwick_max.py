from typing import List


class Solution:
    """Coordinate-compress the values, then a Fenwick tree over the ranks answers "the
    longest increasing subsequence ending in a value smaller than x" as a prefix max."""

    def lengthOfLIS(self, nums: List[int]) -> int:
        rank = {v: r for r, v in enumerate(sorted(set(nums)), start=1)}
        tree = [0] * (len(rank) + 1)
        best = 0
        for x in nums:
            r = rank[x]
            length = self._prefix_max(tree, r - 1) + 1
            self._raise(tree, r, length)
            if length > best:
                best = length
        return best

    def _prefix_max(self, tree: List[int], i: int) -> int:
        result = 0
        while i > 0:
            if tree[i] > result:
                result = tree[i]
            i -= i & -i
        return result

    def _raise(self, tree: List[int], i: int, value: int) -> None:
        size = len(tree)
        while i < size:
            if tree[i] < value:
                tree[i] = value
            i += i & -i
