"""Reference solution for min_window."""


def min_window(s: str, t: str) -> str:
    """Sliding window with a count of the letters still missing. The right edge walks
    over s once; each time the window covers t, the left edge moves past letters the
    window holds in surplus, the window is recorded, and its first (needed) letter is
    dropped. O(len(s) + len(t)) time, O(1) space (counts over 52 letters)."""
    need: dict[str, int] = {}
    for ch in t:
        need[ch] = need.get(ch, 0) + 1
    missing = len(t)
    left = 0
    best_start, best_len = 0, len(s) + 1
    for right in range(len(s)):
        ch = s[right]
        count = need.get(ch, 0)
        if count > 0:
            missing -= 1
        need[ch] = count - 1
        if missing == 0:
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            if right - left + 1 < best_len:
                best_start, best_len = left, right - left + 1
            need[s[left]] += 1
            missing += 1
            left += 1
    if best_len > len(s):
        return ""
    return s[best_start:best_start + best_len]
