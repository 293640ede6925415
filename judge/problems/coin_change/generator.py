"""Input generators for coin_change: n is the amount, and there are always 10 coins.

The work of the table method is amount x coins, so with the number of coins fixed the
expected class is linear in the amount. Plain recursion over the amount explodes on both
families once the amount is several times the coins, and soonest when no combination
reaches it (it must then try them all).

The coins (10 to 30) are a compromise. Much smaller ones make that explosion too sudden
to measure (coins 1 .. 10: 256 calls at n = 8, 4 billion at n = 32). Much larger ones
leave the table method with little to do per amount below the largest coin, a cost per
amount that keeps rising over the first ten doublings and reads as O(n log n) in
counted instructions (coins 100 .. 250: 2,400 instructions per amount at n = 128, 7,200
at n = 16,384).
"""

import random

COINS = 10
MAX_COIN = 2**31 - 1
MAX_AMOUNT = 2**20 + 1  # LeetCode stops at 10^4; the complexity ladder goes further (n | 1)


def generate(n: int, rng: random.Random) -> dict:
    """10 distinct coins between 10 and 24 and the amount n (reachable once n is large
    enough, unless the coins share a factor)."""
    return {"coins": rng.sample(range(10, 25), COINS), "amount": n}


def generate_no_solution(n: int, rng: random.Random) -> dict:
    """10 distinct even coins between 10 and 30 and an odd amount (n or n + 1): the answer
    is -1, and a search has to exhaust every combination to find that out."""
    coins = [2 * v for v in rng.sample(range(5, 16), COINS)]
    return {"coins": coins, "amount": n | 1}


def validate(input: dict) -> str | None:
    coins, amount = input.get("coins"), input.get("amount")
    if not isinstance(coins, list) or not 1 <= len(coins) <= 12:
        return "coins must be a list of 1 to 12 integers"
    if not all(isinstance(c, int) and not isinstance(c, bool) and 1 <= c <= MAX_COIN for c in coins):
        return "every coin must be an integer in [1, 2**31 - 1]"
    if len(set(coins)) != len(coins):
        return "the coin values must be distinct"
    if not isinstance(amount, int) or isinstance(amount, bool) or not 0 <= amount <= MAX_AMOUNT:
        return f"amount must be an integer in [0, {MAX_AMOUNT:,}]"
    return None
