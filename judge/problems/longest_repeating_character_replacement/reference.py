"""Reference solution for character_replacement."""


def character_replacement(s: str, k: int) -> int:
    """Sliding window that never shrinks: it grows while (length - count of its most
    frequent letter) <= k and slides by one otherwise, so its final length is the answer.
    The best count is only raised, never lowered: a window can only beat the best length
    seen so far by holding more copies of one letter. O(n) time, O(1) space (26 counts)."""
    counts = [0] * 26
    left = 0
    top = 0
    for right in range(len(s)):
        c = ord(s[right]) - 65
        counts[c] += 1
        if counts[c] > top:
            top = counts[c]
        if right - left + 1 - top > k:
            counts[ord(s[left]) - 65] -= 1
            left += 1
    return len(s) - left
