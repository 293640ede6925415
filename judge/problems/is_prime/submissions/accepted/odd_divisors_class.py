"""LeetCode form: handle 2 separately, then try odd divisors while d * d <= n.
O(sqrt n) time, O(1) space."""


class Solution:
    def isPrime(self, n: int) -> bool:
        if n < 2:
            return False
        if n % 2 == 0:
            return n == 2
        d = 3
        while d * d <= n:
            if n % d == 0:
                return False
            d += 2
        return True
