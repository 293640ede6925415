"""Delete adjacent matching pairs until none is left: correct, but each pass is O(n)
and nested input needs n/2 passes, so O(n^2) time."""


def valid_parentheses(s: str) -> bool:
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            return s == ""
        s = shorter
