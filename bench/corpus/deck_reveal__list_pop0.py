def deck_reveal(cards):
    deck = list(cards)
    out = []
    while deck:
        out.append(deck.pop(0))
        if deck:
            deck.append(deck.pop(0))
    return out
