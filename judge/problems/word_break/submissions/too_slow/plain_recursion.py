"""Try every dictionary word that starts the rest of s and recurse on what is left, without
remembering positions that already failed. Correct, but on "aaa...ab" with the words "a",
"aa", "aaa", ... it tries every split of the a's: exponential time."""


def word_break(s: str, word_dict: list[str]) -> bool:
    words = set(word_dict)

    def can_split(start: int) -> bool:
        if start == len(s):
            return True
        for end in range(start + 1, len(s) + 1):
            if s[start:end] in words and can_split(end):
                return True
        return False

    return can_split(0)
