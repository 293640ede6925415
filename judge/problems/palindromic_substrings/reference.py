"""Reference solution for count_substrings."""


def count_substrings(s: str) -> int:
    """Expand around each of the 2n - 1 centres (a letter, or the gap between two
    letters); each step outward that keeps both ends equal is one more palindrome.
    O(n^2) time, O(1) space."""
    n = len(s)
    total = 0
    for centre in range(2 * n - 1):
        lo = centre // 2
        hi = lo + centre % 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            total += 1
            lo -= 1
            hi += 1
    return total
