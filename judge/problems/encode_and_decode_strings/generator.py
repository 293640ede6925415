"""Input generators for encode_and_decode_strings. n is the number of strings plus their
total length; characters include the usual separators ('#', ',', digits, spaces) and
non-ASCII letters, so only a length-prefixed or escaped format survives."""

import random

ALPHABET = "ab#,1 9\\é中"


def _text(size: int, rng: random.Random) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(size))


def generate(n: int, rng: random.Random) -> dict:
    """Strings of 0 to 8 characters until the size reaches n."""
    strs, used = [], 0
    while used < n:
        size = rng.randint(0, 8)
        strs.append(_text(size, rng))
        used += size + 1
    return {"strs": strs}


def generate_many_short(n: int, rng: random.Random) -> dict:
    """n/2 strings of one character: the most strings for the size (slicing the rest of the
    string after each one is quadratic here)."""
    return {"strs": [_text(1, rng) for _ in range(n // 2)]}


def generate_long(n: int, rng: random.Random) -> dict:
    """A few long strings: 4 strings sharing n characters."""
    return {"strs": [_text(n // 4, rng) for _ in range(4)]}


def validate(input: dict) -> str | None:
    strs = input.get("strs")
    if not isinstance(strs, list) or not all(isinstance(s, str) for s in strs):
        return "strs must be a list of strings"
    return None
