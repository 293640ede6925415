def deck_reveal(cards):
    # One pass over the deck reveals every other card (deck[::2]); the cards moved to
    # the bottom (deck[1::2]) form the next deck. When the deck had an odd number of
    # cards, the last reveal is followed by one more move: the first of them goes under.
    out = []
    deck = cards
    while deck:
        out.extend(deck[::2])
        rest = deck[1::2]
        if len(deck) % 2 and rest:
            rest = rest[1:] + rest[:1]
        deck = rest
    return out
