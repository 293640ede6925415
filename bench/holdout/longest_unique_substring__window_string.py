def longest_unique_substring(s):
    # Keep the current repeat-free window as a string; on a repeat, cut it after the
    # earlier copy of the letter.
    window = ""
    best = 0
    for ch in s:
        cut = window.find(ch)
        if cut >= 0:
            window = window[cut + 1:]
        window += ch
        if len(window) > best:
            best = len(window)
    return best
