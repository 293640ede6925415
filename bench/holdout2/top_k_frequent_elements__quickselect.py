import random
from collections import Counter


class Solution:
    def topKFrequent(self, nums: list[int], k: int) -> list[int]:
        counts = Counter(nums)
        return self._select(list(counts), counts, k)

    def _select(self, values: list[int], counts: Counter, k: int) -> list[int]:
        """Randomized three-way quickselect on the counts: collect the k values with the
        highest counts, expected linear in len(values)."""
        chosen = []
        while k > 0:
            pivot = counts[random.choice(values)]
            higher = [v for v in values if counts[v] > pivot]
            if len(higher) >= k:
                values = higher
                continue
            chosen += higher
            k -= len(higher)
            same = [v for v in values if counts[v] == pivot]
            if len(same) >= k:
                chosen += same[:k]
                return chosen
            chosen += same
            k -= len(same)
            values = [v for v in values if counts[v] < pivot]
        return chosen
