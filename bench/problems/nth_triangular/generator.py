import random


def generate(n: int, rng: random.Random) -> dict:
    return {"n": rng.randint(n // 2, n)}


def validate(input: dict) -> str | None:
    n = input.get("n")
    if not isinstance(n, int) or isinstance(n, bool) or not 0 <= n <= 10**12:
        return "n must be an integer in [0, 10^12]"
    return None
