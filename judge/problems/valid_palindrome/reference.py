"""Reference solution for is_palindrome."""


def is_palindrome(s: str) -> bool:
    """Two pointers moving inwards, skipping characters that are not letters or digits:
    O(n) time, O(1) space."""
    i, j = 0, len(s) - 1
    while i < j:
        a = s[i]
        if not a.isalnum():
            i += 1
            continue
        b = s[j]
        if not b.isalnum():
            j -= 1
            continue
        if a.lower() != b.lower():
            return False
        i += 1
        j -= 1
    return True
