"""Input generators for min_window.

Every family has len(s) = n and len(t) = max(1, n // 8). With t that long every window
is long, so restarting the scan from each start costs about n * n / 8 steps; the
rare-letter and no-answer families make every restart run to the end of s.
"""

import random
import string

LETTERS = string.ascii_letters


def _t_from(s: str, size: int, rng: random.Random) -> str:
    """size characters of s at distinct random positions, shuffled: s covers them."""
    chars = [s[i] for i in rng.sample(range(len(s)), size)]
    rng.shuffle(chars)
    return "".join(chars)


def generate(n: int, rng: random.Random) -> dict:
    """s of n letters from a random 10-letter set, t drawn from s's own letters."""
    n = max(n, 1)
    alphabet = rng.sample(LETTERS, 10)
    s = "".join(rng.choices(alphabet, k=n))
    return {"s": s, "t": _t_from(s, max(1, n // 8), rng)}


def generate_rare_at_end(n: int, rng: random.Random) -> dict:
    """A letter that occurs only as the last character of s is in t: every window ends at
    the end of s, and a scan restarted from any start runs to the end."""
    n = max(n, 1)
    rare, *alphabet = rng.sample(LETTERS, 5)
    body = "".join(rng.choices(alphabet, k=n - 1))
    size = max(1, n // 8)
    t = (_t_from(body, size - 1, rng) if size > 1 else "") + rare
    return {"s": body + rare, "t": t}


def generate_no_answer(n: int, rng: random.Random) -> dict:
    """t needs one letter that s never holds: the answer is "" after reading all of s."""
    n = max(n, 1)
    absent, *alphabet = rng.sample(LETTERS, 6)
    s = "".join(rng.choices(alphabet, k=n))
    size = max(1, n // 8)
    chars = list(_t_from(s, size - 1, rng) if size > 1 else "") + [absent]
    rng.shuffle(chars)
    return {"s": s, "t": "".join(chars)}


def generate_one_letter(n: int, rng: random.Random) -> dict:
    """s is one letter n times and t the same letter n / 8 times."""
    n = max(n, 1)
    ch = rng.choice(LETTERS)
    return {"s": ch * n, "t": ch * max(1, n // 8)}


def validate(input: dict) -> str | None:
    s, t = input.get("s"), input.get("t")
    for name, value in (("s", s), ("t", t)):
        if not isinstance(value, str) or not value:
            return f"{name} must be a non-empty string"
        if not set(value) <= set(LETTERS):
            return f"{name} must hold only English letters"
    return None
