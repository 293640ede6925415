"""Input generators for max_profit."""

import random

MAX_PRICE = 10**4


def generate(n: int, rng: random.Random) -> dict:
    """n random prices in [0, 10**4]."""
    return {"prices": rng.choices(range(MAX_PRICE + 1), k=max(n, 1))}


def generate_falling(n: int, rng: random.Random) -> dict:
    """Non-increasing prices: the answer is 0, every approach sees the whole list."""
    return {"prices": sorted(rng.choices(range(MAX_PRICE + 1), k=max(n, 1)), reverse=True)}


def validate(input: dict) -> str | None:
    prices = input.get("prices")
    if not isinstance(prices, list) or not prices:
        return "prices must be a non-empty list of integers"
    if not all(isinstance(p, int) and 0 <= p <= MAX_PRICE for p in prices):
        return "every prices[i] must be an integer in [0, 10**4]"
    return None
