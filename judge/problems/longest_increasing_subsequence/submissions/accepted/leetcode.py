# LeetCode 300. Longest Increasing Subsequence
# Patience sorting: keep the smallest possible tail for every length, and put each number
# in place with a binary search. Time O(n log n), space O(n).

class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        tails = []
        for x in nums:
            i = self.firstNotLess(tails, x)
            if i == len(tails):
                tails.append(x)
            else:
                tails[i] = x
        return len(tails)

    def firstNotLess(self, arr: List[int], x: int) -> int:
        lo, hi = 0, len(arr)
        while lo < hi:
            mid = (lo + hi) // 2
            if arr[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        return lo
