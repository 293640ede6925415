"""Input generators for design_add_and_search_words_data_structure: n operations
(LeetCode's operations and arguments). Words have 5 to 10 lowercase letters and every
query has at most 2 dots (LeetCode's promise), so one operation is O(1) in n for a trie
and the trie grows with the number of words added.

The slow approach keeps the words in a list (or grouped by length) and matches the
query against each one: its worst case is a query that matches nothing, or only the
most recent word, so every family asks many of those.
"""

import random
import string

LETTERS = string.ascii_lowercase
MAX_LEN = 10


def _word(rng: random.Random, letters: str = LETTERS, low: int = 5, high: int = MAX_LEN) -> str:
    return "".join(rng.choices(letters, k=rng.randint(low, high)))


def _dotted(rng: random.Random, word: str, dots: int, first: int = 0) -> str:
    """word with `dots` of its letters at positions >= first replaced by '.'."""
    chars = list(word)
    positions = range(min(first, len(chars) - 1), len(chars))
    for i in rng.sample(positions, min(dots, len(positions))):
        chars[i] = "."
    return "".join(chars)


def _operations(n: int, rng: random.Random, add_share: float, hit_share: float,
                letters: str = LETTERS, low: int = 5, high: int = MAX_LEN, first_dot: int = 4) -> dict:
    """addWord with probability add_share; otherwise a search for a recent word (with
    probability hit_share) or a fresh random string, with 0, 1 or 2 dots at positions
    >= first_dot."""
    operations, arguments = ["WordDictionary"], [[]]
    words: list[str] = []
    while len(operations) < n:
        if not words or rng.random() < add_share:
            word = _word(rng, letters, low, high)
            words.append(word)
            operations.append("addWord")
            arguments.append([word])
            continue
        if rng.random() < hit_share:
            text = words[-1 - rng.randrange(min(8, len(words)))]
        else:
            text = _word(rng, letters, low, high)
        operations.append("search")
        arguments.append([_dotted(rng, text, rng.randrange(3), first_dot)])
    return {"operations": operations, "arguments": arguments}


# Where the dots go: a dot tries every child of its node, and below the first few levels
# of a trie of random words a node has few children, while near the root the number of
# children keeps growing with the number of words until every letter is there (26 at
# the root, 676 nodes two levels down, ...). With the dots at position 4 or later, a
# query's cost no longer depends on n: the families then show the per-operation cost's
# limit (at most 26^2 * L with 2 dots) rather than its slow approach to it. The leading
# dots family saturates the levels near the root on purpose, over a tiny alphabet.


def generate(n: int, rng: random.Random) -> dict:
    """Half addWord, half search; half of the searches match a recent word (the end of a
    list), the others are fresh random strings that match nothing (a full scan)."""
    return _operations(n, rng, add_share=0.5, hit_share=0.5)


def generate_same_length(n: int, rng: random.Random) -> dict:
    """Every word and query has exactly 8 letters, the queries end in two dots and match
    only a recent word: grouping words by length does not shorten the scan."""
    operations, arguments = ["WordDictionary"], [[]]
    words: list[str] = []
    while len(operations) < n:
        if not words or rng.random() < 0.5:
            word = "".join(rng.choices(LETTERS, k=8))
            words.append(word)
            operations.append("addWord")
            arguments.append([word])
        else:
            word = words[-1 - rng.randrange(min(4, len(words)))]
            operations.append("search")
            arguments.append([word[:6] + ".."])
    return {"operations": operations, "arguments": arguments}


def generate_leading_dots(n: int, rng: random.Random) -> dict:
    """Words of 5 or 6 letters over {a, b}: after a few hundred words every node is full,
    and the dots may come first, so a dot branches at every level it can (the trie
    search's most work per query; a list of words stays short here, but each of its
    words is compared)."""
    return _operations(n, rng, add_share=0.5, hit_share=0.5, letters="ab", high=6, first_dot=0)


def validate(input: dict) -> str | None:
    operations, arguments = input.get("operations"), input.get("arguments")
    if not isinstance(operations, list) or not isinstance(arguments, list) or len(operations) != len(arguments):
        return "operations and arguments must be lists of the same length"
    if not operations or operations[0] != "WordDictionary" or arguments[0] != []:
        return "the first operation must be WordDictionary with no arguments"
    for name, args in zip(operations[1:], arguments[1:]):
        if name not in ("addWord", "search") or not isinstance(args, list) or len(args) != 1:
            return f"{name}{args} is not addWord(word) or search(word)"
        text = args[0]
        allowed = LETTERS + "." if name == "search" else LETTERS
        if not isinstance(text, str) or not 1 <= len(text) <= 25 or not all(c in allowed for c in text):
            return f"{name}({text!r}): the word must have 1 to 25 lowercase letters" + (
                " or dots" if name == "search" else "")
        if text.count(".") > 2:
            return f"search({text!r}) has more than 2 dots"
    return None
