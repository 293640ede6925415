"""LeetCode form: count occurrences with a Counter. O(n) time, O(n) space."""

from collections import Counter
from typing import List


class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        return any(count > 1 for count in Counter(nums).values())
