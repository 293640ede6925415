"""Keeps the letters and digits in a list and compares each with the character at the
same index of the reversed list, but writes the reversal inside the loop: the list is
reversed again for every index, O(n) per step, O(n^2) time."""


def is_palindrome(s: str) -> bool:
    chars = [ch.lower() for ch in s if ch.isalnum()]
    for i in range(len(chars)):
        if chars[i] != chars[::-1][i]:
            return False
    return True
