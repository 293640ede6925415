def valid_parentheses(s):
    match = {")": "(", "]": "[", "}": "{"}
    stack = ""
    for ch in s:
        if ch in match:
            if not stack or stack[-1] != match[ch]:
                return False
            stack = stack[:-1]
        else:
            stack += ch
    return stack == ""
