"""LeetCode form: Kadane's algorithm on the day-to-day price changes.

The profit of buying on day i and selling on day j is the sum of the changes between
them, so the answer is the best subarray sum of the changes (or 0). O(n) time, O(1) space.
"""

from typing import List


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        best = current = 0
        for i in range(1, len(prices)):
            current = max(0, current + prices[i] - prices[i - 1])
            best = max(best, current)
        return best
