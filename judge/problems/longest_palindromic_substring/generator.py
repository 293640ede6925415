"""Input generators for longest_palindrome.

Expanding around centres is O(n^2) only when palindromes are long (one letter repeated,
alternating letters); checking every substring is O(n^3) on a string of one letter, where
every substring is a palindrome checked to its middle.
"""

import random
import string

CHARS = string.ascii_letters + string.digits


def generate(n: int, rng: random.Random) -> dict:
    """n characters drawn from three: short palindromes all over."""
    n = max(n, 1)
    return {"s": "".join(rng.choices(rng.sample(CHARS, 3), k=n))}


def generate_one_letter(n: int, rng: random.Random) -> dict:
    """One character n times: the whole string is the answer, every centre expands to an
    end, every substring is a palindrome."""
    return {"s": rng.choice(CHARS) * max(n, 1)}


def generate_alternating(n: int, rng: random.Random) -> dict:
    """"abab...": every odd-length centre expands to an end, no even one does."""
    a, b = rng.sample(CHARS, 2)
    return {"s": ((a + b) * (n // 2 + 1))[:max(n, 1)]}


def generate_planted(n: int, rng: random.Random) -> dict:
    """A palindrome of about n / 2 characters at a random place in random characters."""
    n = max(n, 1)
    half = "".join(rng.choices(CHARS, k=n // 4))
    middle = rng.choice(["", rng.choice(CHARS)])
    pal = half + middle + half[::-1]
    rest = n - len(pal)
    cut = rng.randint(0, rest)
    return {"s": "".join(rng.choices(CHARS, k=cut)) + pal + "".join(rng.choices(CHARS, k=rest - cut))}


def validate(input: dict) -> str | None:
    s = input.get("s")
    if not isinstance(s, str) or not s:
        return "s must be a non-empty string"
    if not set(s) <= set(CHARS):
        return "s must hold only digits and English letters"
    return None
