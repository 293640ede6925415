"""Greedy: pay with as many of the largest coin as fit, then the next largest, and so on.
Right for coin systems like 1, 5, 10, 25, wrong in general: coins [1, 3, 4] and amount 6
give 4 + 1 + 1 (3 coins) instead of 3 + 3, and coins [2, 5] with amount 6 get stuck at -1."""


def coin_change(coins: list[int], amount: int) -> int:
    count = 0
    for c in sorted(coins, reverse=True):
        count += amount // c
        amount %= c
    return count if amount == 0 else -1
