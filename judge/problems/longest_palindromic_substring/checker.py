"""Accept any palindrome of s with the maximal length: several can exist ("abc")."""


def check(input: dict, expected, actual) -> tuple[bool, str]:
    s = input["s"]
    if not isinstance(actual, str):
        return False, f"expected a string, got {type(actual).__name__}"
    if len(actual) != len(expected):
        return False, f"length {len(actual)}; the longest palindrome has length {len(expected)}"
    if actual != actual[::-1]:
        return False, f"{actual[:60]!r} is not a palindrome"
    if actual not in s:
        return False, f"{actual[:60]!r} is not a substring of s"
    return True, ""
