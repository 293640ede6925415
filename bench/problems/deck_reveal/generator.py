import random


def generate(n: int, rng: random.Random) -> dict:
    return {"cards": [rng.randint(1, 10**6) for _ in range(n)]}


def validate(input: dict) -> str | None:
    cards = input.get("cards")
    if not isinstance(cards, list) or not all(isinstance(x, int) for x in cards):
        return "cards must be a list of integers"
    return None
