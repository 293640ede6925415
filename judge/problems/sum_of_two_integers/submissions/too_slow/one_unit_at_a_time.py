# Moves b into a one unit at a time, with -~x == x + 1 and ~-x == x - 1 (no + or -).
# O(|b|) rounds: O(n) time in the magnitude n of the values.
class Solution:
    def getSum(self, a: int, b: int) -> int:
        while b > 0:
            a, b = -~a, ~-b
        while b < 0:
            a, b = ~-a, -~b
        return a
