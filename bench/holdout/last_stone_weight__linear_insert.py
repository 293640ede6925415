def last_stone_weight(stones):
    # Keep the pile sorted; put each new (small) stone back by walking down from the top.
    pile = sorted(stones)
    while len(pile) > 1:
        y = pile.pop()
        x = pile.pop()
        if y != x:
            d = y - x
            i = len(pile)
            while i and pile[i - 1] > d:
                i -= 1
            pile.insert(i, d)
    return pile[0] if pile else 0
