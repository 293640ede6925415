def reverse_string(s):
    acc = ""
    for i in range(len(s) - 1, -1, -1):
        acc += s[i]
    return acc
