"""Valid Parentheses, pasted in LeetCode form (LeetCode calls the method isValid).

Keep a stack of open brackets; every closing bracket must match the one on top.
O(n) time, O(n) space.
"""


class Solution:
    def isValid(self, s: str) -> bool:
        pairs = {")": "(", "]": "[", "}": "{"}
        stack: list[str] = []
        for ch in s:
            if ch in pairs:
                if not stack or stack[-1] != pairs[ch]:
                    return False
                stack.pop()
            else:
                stack.append(ch)
        return not stack
