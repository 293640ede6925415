"""Input generators for is_anagram.

An anagram is the worst case for a counting solution (no early exit). The second family
is not an anagram, but only its last letter gives that away, and it is laid out so that
searching t for each letter of s (or deleting it from t) scans almost all of t every time.
"""

import random
import string

LETTERS = string.ascii_lowercase


def _letters(n: int, rng: random.Random) -> str:
    return "".join(rng.choices(LETTERS, k=n))


def generate(n: int, rng: random.Random) -> dict:
    """n random letters and a rearrangement of them (s reversed and rotated by a random
    amount: as good as a shuffle for random s, and no Python loop): the answer is True."""
    n = max(n, 1)
    s = _letters(n, rng)
    r = s[::-1]
    k = rng.randrange(n)
    return {"s": s, "t": r[k:] + r[:k]}


def generate_differ_at_end(n: int, rng: random.Random) -> dict:
    """s in alphabetical order; t is s backwards with its first letter (s's largest)
    dropped and another letter appended. The counts of s and t agree until t's very last
    letter, and the answer is False. Each letter of s sits at the far end of t, so
    searching t letter by letter scans nearly all of it, and s's last letter is the one
    missing from t."""
    n = max(n, 1)
    letters = _letters(n, rng)
    s = "".join(ch * letters.count(ch) for ch in LETTERS)
    lowest, highest = s[0], s[-1]
    extra = lowest if lowest != highest else LETTERS[(LETTERS.index(highest) + 1) % 26]
    return {"s": s, "t": s[::-1][1:] + extra}


def validate(input: dict) -> str | None:
    for name in ("s", "t"):
        value = input.get(name)
        if not isinstance(value, str) or not value:
            return f"{name} must be a non-empty string"
        if not set(value) <= set(LETTERS):
            return f"{name} must contain only lowercase letters a-z"
    return None
