"""Input generators for group_anagrams.

n is the number of words; every generated word has WORD_LEN letters. Words that are all
anagrams of each other make one big group; words no two of which are anagrams make n
groups, the worst case for comparing each word against every group found so far.
"""

import itertools
import random
import re
import string

LETTERS = string.ascii_lowercase
WORD_LEN = 8
_WORD = re.compile("." * WORD_LEN)
_LETTER_TABLE = bytes(ord(LETTERS[b % 26]) for b in range(256))


def _random_words(count: int, rng: random.Random) -> list[str]:
    """count random words of WORD_LEN letters (random bytes mapped onto letters: no
    Python loop per letter)."""
    text = rng.randbytes(count * WORD_LEN).translate(_LETTER_TABLE).decode("ascii")
    return _WORD.findall(text)


def _distinct_keys(count: int, rng: random.Random) -> list[str]:
    """count random words of WORD_LEN letters, no two of them anagrams."""
    words = _random_words(count, rng)
    chosen = dict(zip(map("".join, map(sorted, words)), words))  # sorted letters -> word
    while len(chosen) < count:  # a few collisions: draw that many more words
        for word in _random_words(count - len(chosen), rng):
            chosen.setdefault("".join(sorted(word)), word)
    return list(chosen.values())


def _rotated(words: list[str], r: int) -> list[str]:
    """Every word rotated left by r letters (one regex pass over all of them)."""
    text = "".join(words)
    pattern = re.compile(f"(.{{{r}}})(.{{{WORD_LEN - r}}})")
    return _WORD.findall(pattern.sub(r"\2\1", text))


def generate(n: int, rng: random.Random) -> dict:
    """n words in groups of four anagrams (the last groups may be smaller): n/4 base
    words, each appearing rotated by four random amounts, the groups' words far apart."""
    n = max(n, 1)
    bases = _distinct_keys((n + 3) // 4, rng)
    words: list[str] = []
    for r in rng.sample(range(WORD_LEN), 4):
        words += _rotated(bases, r)
    return {"strs": words[:n]}


def generate_no_anagrams(n: int, rng: random.Random) -> dict:
    """n words, no two of them anagrams: n groups of one word."""
    return {"strs": _distinct_keys(max(n, 1), rng)}


def generate_all_anagrams(n: int, rng: random.Random) -> dict:
    """n arrangements of one random word with distinct letters: a single group of n."""
    n = max(n, 1)
    base = "".join(rng.sample(LETTERS, WORD_LEN))
    if n <= 64:
        arrangements = ["".join(rng.sample(base, WORD_LEN)) for _ in range(n)]
    else:
        every = ["".join(p) for p in itertools.permutations(base)]
        arrangements = rng.choices(every, k=n)
    return {"strs": arrangements}


def validate(input: dict) -> str | None:
    strs = input.get("strs")
    if not isinstance(strs, list) or not strs:
        return "strs must be a non-empty list of strings"
    if set(map(type, strs)) != {str}:
        return "every strs[i] must be a string"
    if max(map(len, strs)) > 100:
        return "every strs[i] must have at most 100 letters"
    if not set("".join(strs)) <= set(LETTERS):
        return "every strs[i] must contain only lowercase letters a-z"
    return None
