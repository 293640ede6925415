"""Input generators for is_palindrome.

Palindromes are the worst case (no early exit). Each generated string mixes letters and
digits with spaces and punctuation placed independently on the two sides, and its right
half mirrors the left with the case swapped, so a solution must both skip the same
number of letters and digits on each side and ignore case.

Generation stays at C speed: a template of n random symbols (a placeholder for each
letter or digit, spaces and punctuation elsewhere) has its placeholders filled in order
with the palindrome's letters and digits by one %-format.
"""

import random
import string

ALNUM = string.ascii_letters + string.digits
JUNK = " " * 6 + string.punctuation  # spaces are the most common separator
SLOT = "\x00"


def _table(symbols: str) -> bytes:
    """A bytes.translate table mapping the 256 byte values onto symbols, cycling."""
    return bytes(ord(symbols[b % len(symbols)]) for b in range(256))


def _junk_mix(alnum_share: float) -> str:
    """256 symbols: SLOT for about alnum_share of them, spaces and punctuation for the rest."""
    slots = round(256 * alnum_share)
    return SLOT * slots + "".join(JUNK[i % len(JUNK)] for i in range(256 - slots))


ALNUM_TABLE = _table(ALNUM)
TEMPLATES = {share: _table(_junk_mix(share)) for share in (0.8,)}


def _random_text(k: int, table: bytes, rng: random.Random) -> str:
    """k random symbols through a translate table (random bytes: no Python loop)."""
    return rng.randbytes(k).translate(table).decode("ascii")


def _palindrome(n: int, rng: random.Random, alnum_share: float, mismatch: bool = False) -> str:
    """n characters, a share of them letters or digits, forming a palindrome. With
    `mismatch`, the two letters either side of the centre differ (the answer is False,
    found last)."""
    n = max(n, 1)
    template = _random_text(n, TEMPLATES[alnum_share], rng)
    if mismatch and template.count(SLOT) < 2:  # too few letters to differ: make two
        template = SLOT + template[1:-1] + SLOT if n >= 2 else SLOT
    m = template.count(SLOT)
    half = _random_text(m // 2, ALNUM_TABLE, rng)
    middle = rng.choice(ALNUM) if m % 2 else ""
    right = half[::-1].swapcase()
    if mismatch and half:
        right = ("b" if half[-1].lower() == "a" else "a") + right[1:]
    letters = half + middle + right
    # Fill the placeholders in order: each becomes a %c conversion (a literal % doubled).
    return template.replace("%", "%%").replace(SLOT, "%c") % tuple(letters)


def generate(n: int, rng: random.Random) -> dict:
    """A palindrome of n characters, about 80% letters and digits: the answer is True."""
    return {"s": _palindrome(n, rng, 0.8)}


def generate_mismatch_in_middle(n: int, rng: random.Random) -> dict:
    """A palindrome except for the two letters next to the centre: False, but only after
    comparing everything else."""
    return {"s": _palindrome(n, rng, 0.8, mismatch=True)}


def validate(input: dict) -> str | None:
    s = input.get("s")
    if not isinstance(s, str) or not s:
        return "s must be a non-empty string"
    if not (s.isascii() and s.isprintable()):  # codes 32 to 126, checked at C speed
        return "s must contain only printable ASCII characters (codes 32 to 126)"
    return None
