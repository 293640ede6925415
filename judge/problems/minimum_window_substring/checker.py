"""Accept any shortest window: several windows of s can share the smallest length."""


def _covers(window: str, t: str) -> bool:
    counts: dict[str, int] = {}
    for ch in window:
        counts[ch] = counts.get(ch, 0) + 1
    for ch in t:
        left = counts.get(ch, 0)
        if left == 0:
            return False
        counts[ch] = left - 1
    return True


def check(input: dict, expected, actual) -> tuple[bool, str]:
    s, t = input["s"], input["t"]
    if not isinstance(actual, str):
        return False, f"expected a string, got {type(actual).__name__}"
    if expected == "":
        if actual == "":
            return True, ""
        return False, "s does not cover t, so the answer is \"\""
    if actual == "":
        return False, f"returned \"\" but a window of length {len(expected)} exists"
    if len(actual) != len(expected):
        return False, f"window of length {len(actual)}; the shortest has length {len(expected)}"
    if not _covers(actual, t):
        return False, f"{actual[:60]!r} does not hold every character of t"
    if actual not in s:
        return False, f"{actual[:60]!r} is not a substring of s"
    return True, ""
