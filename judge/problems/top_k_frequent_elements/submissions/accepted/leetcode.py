# Bucket sort by frequency, pasted from LeetCode.
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        freq = self.countAll(nums)
        buckets = [[] for _ in range(len(nums) + 1)]
        for num, c in freq.items():
            buckets[c].append(num)
        ans = []
        for c in range(len(buckets) - 1, 0, -1):
            ans.extend(buckets[c])
            if len(ans) >= k:
                break
        return ans[:k]

    def countAll(self, nums: List[int]) -> Dict[int, int]:
        freq = defaultdict(int)
        for num in nums:
            freq[num] += 1
        return freq
