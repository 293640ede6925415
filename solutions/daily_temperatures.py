"""Daily Temperatures, pasted in LeetCode form.

A stack holds the days still waiting for a warmer one (their temperatures are
non-increasing from bottom to top); a warmer day resolves them from the top.
Every day is pushed and popped once: O(n) time, O(n) space.
"""

from typing import List


class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        answer = [0] * len(temperatures)
        stack: List[int] = []
        for day, temp in enumerate(temperatures):
            while stack and temperatures[stack[-1]] < temp:
                previous = stack.pop()
                answer[previous] = day - previous
            stack.append(day)
        return answer
