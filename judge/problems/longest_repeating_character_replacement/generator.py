"""Input generators for character_replacement.

Long stretches of one letter make long answers: the worst case for approaches that
extend a window from every start position, whose work grows with the answer's length.
"""

import random
import string

LETTERS = string.ascii_uppercase


def generate(n: int, rng: random.Random) -> dict:
    """n letters drawn from four, and k up to n/8."""
    n = max(n, 1)
    letters = rng.sample(LETTERS, 4)
    return {"s": "".join(rng.choices(letters, k=n)), "k": rng.randint(0, n // 8)}


def generate_long_runs(n: int, rng: random.Random) -> dict:
    """Runs of one letter, each n/16 to n/4 long, from three letters, and k <= 3: the
    answer is about the longest run (or two runs of one letter around a short other)."""
    n = max(n, 1)
    letters = rng.sample(LETTERS, 3)
    parts: list[str] = []
    total = 0
    while total < n:
        length = min(n - total, rng.randint(max(1, n // 16), max(1, n // 4)))
        parts.append(rng.choice(letters) * length)
        total += length
    return {"s": "".join(parts), "k": min(n, rng.randint(0, 3))}


def generate_mostly_one_letter(n: int, rng: random.Random) -> dict:
    """One letter with 1/16 of the positions changed to other letters, and k half the
    number of changed positions: the answer is about half the string."""
    n = max(n, 1)
    main, *others = rng.sample(LETTERS, 4)
    chars = [main] * n
    noise = n // 16
    for i in rng.sample(range(n), noise):
        chars[i] = rng.choice(others)
    return {"s": "".join(chars), "k": noise // 2}


def validate(input: dict) -> str | None:
    s, k = input.get("s"), input.get("k")
    if not isinstance(s, str) or not s:
        return "s must be a non-empty string"
    if not set(s) <= set(LETTERS):
        return "s must contain only upper-case letters A-Z"
    if not isinstance(k, int) or isinstance(k, bool) or not 0 <= k <= len(s):
        return "k must be an integer with 0 <= k <= len(s)"
    return None
