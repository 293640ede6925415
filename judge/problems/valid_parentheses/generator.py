"""Input generators for valid_parentheses.

Valid strings are the worst case (no early exit); for odd n one extra opening bracket is
appended, so the answer is False but only at the very end.
"""

import random

OPEN = "([{"
CLOSE = {"(": ")", "[": "]", "{": "}"}


def generate(n: int, rng: random.Random) -> dict:
    """A random balanced string of length n (plus a trailing opener when n is odd)."""
    pairs = n // 2
    out: list[str] = []
    stack: list[str] = []
    opened = 0
    while opened < pairs or stack:
        if opened < pairs and (not stack or rng.random() < 0.5):
            ch = OPEN[rng.randrange(3)]
            stack.append(ch)
            out.append(ch)
            opened += 1
        else:
            out.append(CLOSE[stack.pop()])
    if n % 2:
        out.append(OPEN[rng.randrange(3)])
    return {"s": "".join(out)}


def generate_nested(n: int, rng: random.Random) -> dict:
    """n/2 openers then their closers: maximal depth, the worst case for repeatedly
    deleting adjacent pairs (each pass removes only the innermost pair)."""
    opens = "".join(rng.choices(OPEN, k=n // 2))
    closes = "".join(CLOSE[ch] for ch in reversed(opens))
    tail = OPEN[rng.randrange(3)] if n % 2 else ""
    return {"s": opens + closes + tail}


def validate(input: dict) -> str | None:
    s = input.get("s")
    if not isinstance(s, str):
        return "s must be a string"
    if s and not set(s) <= set("()[]{}"):
        return "s must contain only the characters ()[]{}"
    return None
