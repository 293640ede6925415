import random


def generate(n: int, rng: random.Random) -> dict:
    """A value between n/2 and n (n is the value)."""
    return {"x": rng.randint(n // 2, n)}


def generate_square_minus_one(n: int, rng: random.Random) -> dict:
    """One less than a perfect square near n (off-by-one territory)."""
    r = max(1, int(n ** 0.5))
    return {"x": r * r - 1}


def validate(input: dict) -> str | None:
    x = input.get("x")
    if not isinstance(x, int) or isinstance(x, bool) or not 0 <= x <= 10**18:
        return "x must be an integer in [0, 10^18]"
    return None
