"""Reference solution for valid_parentheses."""

OPENER = {")": "(", "]": "[", "}": "{"}


def valid_parentheses(s: str) -> bool:
    """Stack of open brackets; each closer must match the top: O(n) time, O(n) space."""
    stack: list[str] = []
    for ch in s:
        if ch in OPENER:
            if not stack or stack.pop() != OPENER[ch]:
                return False
        else:
            stack.append(ch)
    return not stack
