import random
import string


def generate(n: int, rng: random.Random) -> dict:
    return {"s": "".join(rng.choices(string.ascii_lowercase, k=n))}


def validate(input: dict) -> str | None:
    s = input.get("s")
    if not isinstance(s, str) or not all("a" <= c <= "z" for c in s):
        return "s must be a string of lowercase letters"
    return None
