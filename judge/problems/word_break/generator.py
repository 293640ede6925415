"""Input generators for word_break: n is len(s) (give or take the last word's length);
the dictionary has at most 12 words of at most 10 letters and does not grow with n.

LeetCode allows 300 letters in s, 1,000 words and 20 letters per word; the measurement
fixes the dictionary and lets s grow to 2^20 letters.
"""

import random

MAX_LEN = 1_048_576 + 10
MAX_WORDS = 1_000
MAX_WORD_LEN = 20


def _dictionary(rng: random.Random, alphabet: str, count: int) -> list[str]:
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choices(alphabet, k=rng.randint(1, 10))))
    return sorted(words)


def _concatenation(n: int, rng: random.Random, words: list[str]) -> str:
    parts: list[str] = []
    length = 0
    while length < n:
        word = rng.choice(words)
        parts.append(word)
        length += len(word)
    return "".join(parts)


def generate(n: int, rng: random.Random) -> dict:
    """12 random words over "abc" and s a concatenation of them (at least n letters), with
    one letter changed half of the time: the answer is mostly True, sometimes False."""
    words = _dictionary(rng, "abc", 12)
    s = _concatenation(n, rng, words)
    if rng.random() < 0.5:
        i = rng.randrange(len(s))
        s = s[:i] + rng.choice("abc") + s[i + 1:]
    return {"s": s, "word_dict": words}


def generate_exponential_trap(n: int, rng: random.Random) -> dict:
    """s = "aaa...ab" with the words "a", "aa", ..., "a" * 10: every prefix of a's splits in
    exponentially many ways, but the final b never matches, so the answer is False and a
    search without memory tries every split."""
    words = ["a" * k for k in range(1, 11)]
    rng.shuffle(words)
    return {"s": "a" * (max(n, 2) - 1) + "b", "word_dict": words}


def generate_two_letter_trap(n: int, rng: random.Random) -> dict:
    """Words over "ab" that overlap in many ways ("a", "b", "ab", "ba", "aba", ...), s a
    random string over "ab" of n - 1 letters, then a "c" no word contains: False again,
    after exponentially many partial splits."""
    words = ["a", "b", "ab", "ba", "aab", "abb", "bab", "abab", "baba", "aabb"]
    rng.shuffle(words)
    s = "".join(rng.choices("ab", k=max(n, 2) - 1)) + "c"
    return {"s": s, "word_dict": words}


def validate(input: dict) -> str | None:
    s, words = input.get("s"), input.get("word_dict")
    if not isinstance(s, str) or not 1 <= len(s) <= MAX_LEN:
        return f"s must be a string of 1 to {MAX_LEN:,} letters"
    if not s.isascii() or not s.isalpha() or not s.islower():
        return "s must contain only lowercase English letters"
    if not isinstance(words, list) or not 1 <= len(words) <= MAX_WORDS:
        return f"word_dict must be a list of 1 to {MAX_WORDS:,} words"
    for w in words:
        if not isinstance(w, str) or not 1 <= len(w) <= MAX_WORD_LEN:
            return f"every word must be a string of 1 to {MAX_WORD_LEN} letters"
        if not w.isascii() or not w.isalpha() or not w.islower():
            return "words must contain only lowercase English letters"
    if len(set(words)) != len(words):
        return "the words must be distinct"
    return None
