def reverse_string(s):
    chars = []
    for ch in s:
        chars.insert(0, ch)
    return "".join(chars)
