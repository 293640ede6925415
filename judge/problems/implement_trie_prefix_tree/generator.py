"""Input generators for implement_trie_prefix_tree: n operations (LeetCode's operations and
arguments). Words have 5 to 10 lowercase letters (queries 1 to 10), so one operation is
O(1) in n for a trie and the trie grows with the number of insertions.

The slow approaches keep the words in a list (or a set) and scan it for every query: their
worst case is a query that matches nothing, or only the most recent word, so every
family asks many of those.
"""

import random
import string

LETTERS = string.ascii_lowercase
MAX_LEN = 10


def _word(rng: random.Random, letters: str = LETTERS, low: int = 5, high: int = MAX_LEN) -> str:
    return "".join(rng.choices(letters, k=rng.randint(low, high)))


def _operations(n: int, rng: random.Random, insert_share: float, hit_share: float,
                letters: str = LETTERS) -> dict:
    """Inserts with probability insert_share; otherwise a search or a startsWith whose
    argument is, with probability hit_share, a recent word or a prefix of it (found near
    the end of a list), else a fresh random string (found nowhere)."""
    operations, arguments = ["Trie"], [[]]
    words: list[str] = []
    while len(operations) < n:
        if not words or rng.random() < insert_share:
            word = _word(rng, letters)
            words.append(word)
            operations.append("insert")
            arguments.append([word])
            continue
        if rng.random() < hit_share:
            text = words[-1 - rng.randrange(min(8, len(words)))]
        else:
            text = _word(rng, letters)
        if rng.random() < 0.5:
            operations.append("search")
            # half of the searches ask for a proper prefix: in the trie, but not a word
            if rng.random() < 0.5 and len(text) > 1:
                text = text[:rng.randint(1, len(text) - 1)]
        else:
            operations.append("startsWith")
            text = text[:rng.randint(1, len(text))]
        arguments.append([text])
    return {"operations": operations, "arguments": arguments}


def generate(n: int, rng: random.Random) -> dict:
    """Half insertions, half queries; a third of the queries hit a recent word (the end
    of a list), the others are fresh random strings (found nowhere: a full scan)."""
    return _operations(n, rng, insert_share=0.5, hit_share=1 / 3)


def generate_shared_prefixes(n: int, rng: random.Random) -> dict:
    """Words over {a, b} of 5 to 10 letters: long shared prefixes, deep paths, and
    string comparisons that run far before they differ."""
    return _operations(n, rng, insert_share=0.5, hit_share=0.5, letters="ab")


def validate(input: dict) -> str | None:
    operations, arguments = input.get("operations"), input.get("arguments")
    if not isinstance(operations, list) or not isinstance(arguments, list) or len(operations) != len(arguments):
        return "operations and arguments must be lists of the same length"
    if not operations or operations[0] != "Trie" or arguments[0] != []:
        return "the first operation must be Trie with no arguments"
    for name, args in zip(operations[1:], arguments[1:]):
        if name not in ("insert", "search", "startsWith") or not isinstance(args, list) or len(args) != 1:
            return f"{name}{args} is not insert(word), search(word) or startsWith(prefix)"
        text = args[0]
        if not isinstance(text, str) or not 1 <= len(text) <= 2000 or not all(c in LETTERS for c in text):
            return f"{text!r} must be 1 to 2000 lowercase English letters"
    return None
