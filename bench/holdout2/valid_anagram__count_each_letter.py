from string import ascii_lowercase


def is_anagram(s: str, t: str) -> bool:
    # Same length and, for each of the 26 letters, the same number of occurrences.
    if len(s) != len(t):
        return False
    return all(s.count(letter) == t.count(letter) for letter in ascii_lowercase)
