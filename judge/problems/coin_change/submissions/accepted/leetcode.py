# LeetCode 322. Coin Change
# Bottom-up DP: dp[a] = fewest coins for amount a, built from the smaller amounts.
# Time O(amount * len(coins)), space O(amount).

class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        dp = self.fewestCoins(sorted(coins), amount)
        return dp[amount] if dp[amount] != float('inf') else -1

    def fewestCoins(self, coins: List[int], amount: int) -> List[float]:
        dp = [0] + [float('inf')] * amount
        for a in range(1, amount + 1):
            for c in coins:
                if c > a:
                    break
                if dp[a - c] + 1 < dp[a]:
                    dp[a] = dp[a - c] + 1
        return dp
