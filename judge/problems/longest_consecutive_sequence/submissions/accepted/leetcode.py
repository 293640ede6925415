# Hash set, pasted from LeetCode: only count upwards from values that start a run.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        seen = set(nums)
        longest = 0
        for x in seen:
            if x - 1 not in seen:
                longest = max(longest, self.runLength(seen, x))
        return longest

    def runLength(self, seen: Set[int], start: int) -> int:
        length = 1
        while start + length in seen:
            length += 1
        return length
