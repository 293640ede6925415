"""Two Sum, pasted in LeetCode form.

One pass with a hash map from value to index: for each number, check whether its
complement was already seen. O(n) time, O(n) space.
"""

from typing import List


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        index_of: dict[int, int] = {}
        for i, num in enumerate(nums):
            complement = target - num
            if complement in index_of:
                return [index_of[complement], i]
            index_of[num] = i
        return []
