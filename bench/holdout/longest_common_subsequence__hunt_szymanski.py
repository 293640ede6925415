from bisect import bisect_left


def longest_common_subsequence(text1, text2):
    # Hunt-Szymanski: the LCS is the longest strictly increasing sequence of text2
    # positions when each letter of text1 lists its matches in text2 in decreasing order.
    where = {}
    for j, ch in enumerate(text2):
        where.setdefault(ch, []).append(j)
    for positions in where.values():
        positions.reverse()
    tails = []
    for ch in text1:
        for j in where.get(ch, ()):
            k = bisect_left(tails, j)
            if k == len(tails):
                tails.append(j)
            else:
                tails[k] = j
    return len(tails)
