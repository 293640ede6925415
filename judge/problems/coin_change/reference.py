"""Reference solution for coin_change."""


def coin_change(coins: list[int], amount: int) -> int:
    """fewest[a] = 1 + min(fewest[a - c]) over the coins c <= a, for a = 1 .. amount.
    O(amount * len(coins)) time, O(amount) space."""
    unreachable = amount + 1  # more coins than any answer can use
    fewest = [0] + [unreachable] * amount
    for a in range(1, amount + 1):
        best = unreachable
        for c in coins:
            if c <= a:
                candidate = fewest[a - c] + 1
                if candidate < best:
                    best = candidate
        fewest[a] = best
    return fewest[amount] if fewest[amount] <= amount else -1
