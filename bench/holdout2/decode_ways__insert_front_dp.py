from typing import List


class Solution:
    def numDecodings(self, s: str) -> int:
        # ways[0] is always the number of decodings of the suffix after the current digit,
        # ways[1] that of the suffix one digit further on: build the table from the back.
        n = len(s)
        ways: List[int] = [1]
        for i in range(n - 1, -1, -1):
            count = 0
            if s[i] != "0":
                count = ways[0]
                if i + 1 < n and self.is_pair(s[i], s[i + 1]):
                    count += ways[1]
            ways.insert(0, count)
        return ways[0]

    def is_pair(self, first: str, second: str) -> bool:
        return first == "1" or (first == "2" and second <= "6")
