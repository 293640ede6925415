"""Input generators for count_substrings.

Expanding around centres is O(n^2) only when palindromes are long (one letter repeated,
alternating letters); testing every substring is O(n^3) on a string of one letter, where
every substring is a palindrome checked to its middle.
"""

import random
import string

LETTERS = string.ascii_lowercase


def generate(n: int, rng: random.Random) -> dict:
    """n letters drawn from three: short palindromes all over."""
    return {"s": "".join(rng.choices(rng.sample(LETTERS, 3), k=max(n, 1)))}


def generate_one_letter(n: int, rng: random.Random) -> dict:
    """One letter n times: all n (n + 1) / 2 substrings are palindromes."""
    return {"s": rng.choice(LETTERS) * max(n, 1)}


def generate_alternating(n: int, rng: random.Random) -> dict:
    """"abab...": every odd-length centre expands to an end, no even one does."""
    a, b = rng.sample(LETTERS, 2)
    return {"s": ((a + b) * (n // 2 + 1))[:max(n, 1)]}


def generate_all_letters(n: int, rng: random.Random) -> dict:
    """n letters drawn from all 26: almost only the single letters are palindromes."""
    return {"s": "".join(rng.choices(LETTERS, k=max(n, 1)))}


def validate(input: dict) -> str | None:
    s = input.get("s")
    if not isinstance(s, str) or not s:
        return "s must be a non-empty string"
    if not set(s) <= set(LETTERS):
        return "s must hold only lower-case letters a-z"
    return None
