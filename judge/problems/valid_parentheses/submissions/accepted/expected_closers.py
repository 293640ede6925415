"""Push the closer each opener expects; a closer must equal the top of that stack.
O(n) time, O(n) space."""

EXPECT = {"(": ")", "[": "]", "{": "}"}


def valid_parentheses(s: str) -> bool:
    expected: list[str] = []
    for ch in s:
        closer = EXPECT.get(ch)
        if closer is not None:
            expected.append(closer)
        elif not expected or expected.pop() != ch:
            return False
    return len(expected) == 0
