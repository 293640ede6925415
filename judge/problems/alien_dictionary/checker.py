"""Accept any order of exactly the letters in words under which words is sorted.

Whether some order exists is decided by the reference (expected == "" when none does);
an order that is offered is checked on its own: the right letters, and every pair of
neighbouring words in order under it (which makes the whole list sorted).
"""


def check(input: dict, expected, actual) -> tuple[bool, str]:
    words = input["words"]
    if not isinstance(actual, str):
        return False, f"expected a string, got {type(actual).__name__}"
    if expected == "":
        if actual == "":
            return True, ""
        return False, "no order of the letters sorts words, so the answer is \"\""
    if actual == "":
        return False, "returned \"\" but an order exists"
    letters = set()
    for word in words:
        letters.update(word)
    if len(set(actual)) != len(actual):
        return False, f"{actual!r} repeats a letter"
    if set(actual) != letters:
        missing = "".join(sorted(letters - set(actual)))
        extra = "".join(sorted(set(actual) - letters))
        return False, f"{actual!r} must hold exactly the letters of words (missing {missing!r}, extra {extra!r})"
    rank = {ch: i for i, ch in enumerate(actual)}
    for i in range(1, len(words)):
        first, second = words[i - 1], words[i]
        for a, b in zip(first, second):
            if a != b:
                if rank[a] > rank[b]:
                    return False, f"words[{i - 1}] = {first[:40]!r} needs {a!r} before {b!r}"
                break
        else:
            if len(first) > len(second):
                return False, f"words[{i}] is a proper prefix of words[{i - 1}]: no order exists"
    return True, ""
