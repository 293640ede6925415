"""Input generators for last_stone_weight."""

import random

MAX_WEIGHT = 10**9


def generate(n: int, rng: random.Random) -> dict:
    """n random weights in [1, 10**9]: almost every turn leaves a stone, so about n
    turns."""
    bits = rng.getrandbits
    return {"stones": [bits(29) + 1 for _ in range(max(n, 1))]}


def generate_small_weights(n: int, rng: random.Random) -> dict:
    """n weights in [1, 1000], as on LeetCode: many equal stones destroy each other."""
    return {"stones": rng.choices(range(1, 1001), k=max(n, 1))}


def validate(input: dict) -> str | None:
    stones = input.get("stones")
    if not isinstance(stones, list) or not stones:
        return "stones must be a non-empty list of integers"
    if not all(isinstance(w, int) and 1 <= w <= MAX_WEIGHT for w in stones):
        return "every stone must weigh an integer in [1, 10**9]"
    return None
