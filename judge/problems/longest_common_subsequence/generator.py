"""Input generators for longest_common_subsequence: two strings of length n."""

import random
import string

MAX_LEN = 131_072  # tests stay within 2,000; the complexity ladder goes up to max_n


def generate(n: int, rng: random.Random) -> dict:
    """Two random strings over the whole alphabet."""
    n = max(n, 1)
    letters = string.ascii_lowercase
    text1 = "".join(rng.choices(letters, k=n))
    return {"text1": text1, "text2": "".join(rng.choices(letters, k=n))}


def generate_two_letters(n: int, rng: random.Random) -> dict:
    """Two random strings over "ab": long common subsequences, many matches."""
    n = max(n, 1)
    return {"text1": "".join(rng.choices("ab", k=n)), "text2": "".join(rng.choices("ab", k=n))}


def validate(input: dict) -> str | None:
    for key in ("text1", "text2"):
        text = input.get(key)
        if not isinstance(text, str) or not 1 <= len(text) <= MAX_LEN:
            return f"{key} must be a string of 1 to {MAX_LEN:,} letters"
        if not set(text) <= set(string.ascii_lowercase):
            return f"{key} must contain only lowercase letters a-z"
    return None
