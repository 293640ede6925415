"""Reference solution for decode_ways."""


def num_decodings(s: str) -> int:
    """ways(i), the decodings of s[:i], is ways(i - 1) when s[i - 1] is a code on its own
    (not '0') plus ways(i - 2) when s[i - 2:i] is a code from 10 to 26. Keeping only the
    last two values: O(n) time, O(1) space."""
    before, last = 0, 1  # ways(i - 1), ways(i); ways(-1) is never used, ways(0) = 1
    prev = ""
    for ch in s:
        current = last if ch != "0" else 0
        if prev == "1" or (prev == "2" and ch <= "6"):
            current += before
        before, last, prev = last, current, ch
    return last
