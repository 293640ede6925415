def reverse_string(s):
    acc = ""
    for ch in s:
        acc = ch + acc
    return acc
