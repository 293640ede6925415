"""Input generators for decode_ways: n is the length of the digit string s.

As on LeetCode, the number of decodings must fit in a 32-bit signed integer. The builders
below go further: every prefix of the string has fewer than 2**31 decodings too, and so
does every suffix (a suffix's decodings times its prefix's are at most the whole string's,
and where the string ends undecodably every suffix has none), so whichever direction a
solution's DP runs, its numbers stay machine-sized and an O(n) solution measures O(n).
They append one character at a time and keep track of the prefix counts; a character that
would push the count past the bound is replaced by one that cannot (a '0' after a '1' or
'2', which only pairs with it, otherwise a digit that starts no two-digit code).
"""

import random

MAX_LEN = 1 << 20
MAX_WAYS = 2**31 - 1


def _pairs(prev: str, ch: str) -> bool:
    """prev + ch is a two-digit code from 10 to 26."""
    return prev == "1" or (prev == "2" and ch <= "6")


def _build(n: int, after_code: str, otherwise: str, rng: random.Random) -> str:
    """n characters drawn from `after_code` after a '1' or '2' and from `otherwise`
    elsewhere, except where the draw would make the prefix undecodable or give it more
    than MAX_WAYS decodings: then a '0' after a '1' or '2', else a digit from 3 to 9."""
    high = rng.choices(after_code, k=n)  # drawn in bulk: generation stays fast at n = 2**20
    low = rng.choices(otherwise, k=n)
    safe = rng.choices("3456789", k=n)
    out: list[str] = []
    before, last, prev = 0, 1, ""
    for i in range(n):
        starts = prev == "1" or prev == "2"
        ch = high[i] if starts else low[i]
        pairs = starts and (prev == "1" or ch <= "6")
        current = (last if ch != "0" else 0) + (before if pairs else 0)
        if current == 0 or current > MAX_WAYS:
            ch = "0" if starts else safe[i]
            current = before if starts else last
        out.append(ch)
        before, last, prev = last, current, ch
    return "".join(out)


def generate(n: int, rng: random.Random) -> dict:
    """Random digits, rich in 1s and 2s, with zeros where they pair ("10", "20"). One input
    in three ends in "00" instead, which cannot be decoded: the answer is 0, but only the
    last two characters show it."""
    n = max(n, 1)
    if rng.random() < 1 / 3:
        return {"s": _build(max(n - 2, 0), "12210", "1122", rng) + "0" * min(n, 2)}
    return {"s": _build(n, "11122203456789", "1112223456789", rng)}


def generate_thirteens(n: int, rng: random.Random) -> dict:
    """"1313...13": every "13" reads as "1" "3" or as "13", so 2k digits have 2^k
    decodings, up to n = 60 (2^30; one more "13" would pass 2**31 - 1); past that, "10"
    replaces every "13" that would overflow. Naive recursion makes one call per decoding of every prefix,
    so its cost grows like sqrt(2)^n: slowly enough for many sizes to be measured before a
    call gets too costly (on "111...1" it grows like 1.618^n)."""
    return {"s": _build(max(n, 1), "3", "1", rng)}


def validate(input: dict) -> str | None:
    s = input.get("s")
    if not isinstance(s, str) or not 1 <= len(s) <= MAX_LEN:
        return f"s must be a string of 1 to {MAX_LEN:,} characters"
    if not s.isascii() or not s.isdigit():
        return "s must contain only the digits 0-9"
    # count the decodings, saturating at MAX_WAYS + 1 (exact whenever the answer is within it)
    before, last, prev = 0, 1, ""
    for ch in s:
        current = (last if ch != "0" else 0) + (before if _pairs(prev, ch) else 0)
        before, last, prev = last, min(current, MAX_WAYS + 1), ch
    if last > MAX_WAYS:
        return "the number of decodings must fit in a 32-bit signed integer (at most 2**31 - 1)"
    return None
