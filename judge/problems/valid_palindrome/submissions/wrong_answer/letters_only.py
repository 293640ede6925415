"""Keeps only letters, dropping digits along with the punctuation ("0P" leaves just "p")."""


def is_palindrome(s: str) -> bool:
    kept = [ch.lower() for ch in s if ch.isalpha()]
    return kept == kept[::-1]
