"""Input generators for alien_order.

Words are drawn at random and sorted under a random order of the letters, until their
lengths add up to n (the last word is cut to fit). The short-words family has about n / 2
words: the worst case for comparing every pair of words instead of only neighbours.
"""

import random
import string

LETTERS = string.ascii_lowercase


def _sorted_words(n: int, rng: random.Random, alphabet: str, lo: int, hi: int, prefix: str = "") -> list[str]:
    """Words of prefix + lo..hi random letters of alphabet, n characters in all, sorted
    under a random order of alphabet."""
    n = max(n, 1)
    words: list[str] = []
    total = 0
    while total < n:
        length = min(n - total, len(prefix) + rng.randint(lo, hi))
        word = (prefix + "".join(rng.choices(alphabet, k=length)))[:length]
        words.append(word)
        total += length
    order = list(alphabet)
    rng.shuffle(order)
    table = str.maketrans("".join(order), LETTERS[:len(order)])
    words.sort(key=lambda w: w.translate(table))
    return words


def generate(n: int, rng: random.Random) -> dict:
    """Words of 1 to 10 letters over all 26 letters."""
    return {"words": _sorted_words(n, rng, LETTERS, 1, 10)}


def generate_short_words(n: int, rng: random.Random) -> dict:
    """About n / 2 words of 1 to 3 letters over 8 letters."""
    return {"words": _sorted_words(n, rng, "".join(rng.sample(LETTERS, 8)), 1, 3)}


def generate_common_prefix(n: int, rng: random.Random) -> dict:
    """Words of 40 to 48 letters that share their first 40: every comparison of two
    words reads past the shared prefix."""
    prefix = "".join(rng.choices(LETTERS, k=40))
    return {"words": _sorted_words(n, rng, LETTERS, 1, 8, prefix)}


def generate_cycle(n: int, rng: random.Random) -> dict:
    """A sorted list followed by a copy of its first word: the last rule contradicts the
    order the list implies (or the copy is a proper prefix of the word before it), so
    the answer is ""."""
    words = _sorted_words(n, rng, LETTERS, 1, 10)
    if words[0] == words[-1]:  # all words equal (tiny n): contradict explicitly
        return {"words": words + ["ab", "ba", "ab"]}
    return {"words": words + [words[0]]}


def validate(input: dict) -> str | None:
    words = input.get("words")
    if not isinstance(words, list) or not words:
        return "words must be a non-empty list of strings"
    for word in words:
        if not isinstance(word, str) or not word:
            return "every word must be a non-empty string"
        if not set(word) <= set(LETTERS):
            return "words must hold only lower-case letters a-z"
    return None
