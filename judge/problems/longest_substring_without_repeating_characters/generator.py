"""Input generators for longest_unique_substring."""

import random
import string

LETTERS = string.ascii_lowercase


def generate(n: int, rng: random.Random) -> dict:
    """n random lowercase letters."""
    return {"s": "".join(rng.choices(LETTERS, k=n))}


def generate_cycle(n: int, rng: random.Random) -> dict:
    """A shuffled alphabet repeated: every window of 26 letters is all distinct, so the
    window is always at its widest (the worst case for rescanning the window)."""
    alphabet = list(LETTERS)
    rng.shuffle(alphabet)
    cycle = "".join(alphabet)
    return {"s": (cycle * (n // 26 + 1))[:n]}


def generate_few_letters(n: int, rng: random.Random) -> dict:
    """n letters drawn from only three: short windows, frequent restarts."""
    return {"s": "".join(rng.choices("abc", k=n))}


def validate(input: dict) -> str | None:
    s = input.get("s")
    if not isinstance(s, str):
        return "s must be a string"
    if s and not set(s) <= set(LETTERS):
        return "s must contain only lowercase letters a-z"
    return None
