def reverse_string(s):
    if len(s) <= 1:
        return s
    mid = len(s) // 2
    return reverse_string(s[mid:]) + reverse_string(s[:mid])
