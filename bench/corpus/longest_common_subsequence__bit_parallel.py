def longest_common_subsequence(text1, text2):
    # Bit-parallel LCS (Allison-Dix / Hyyro): one big-int row of len(text2) bits,
    # updated with a few word-parallel operations per character of text1.
    n = len(text2)
    masks = {}
    for j, ch in enumerate(text2):
        masks[ch] = masks.get(ch, 0) | (1 << j)
    full = (1 << n) - 1
    row = 0
    for ch in text1:
        x = masks.get(ch, 0) | row
        shifted = (row << 1) | 1
        row = x & ((x - shifted) ^ x)
        row &= full
    return bin(row).count("1")
