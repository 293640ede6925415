from collections import deque


def deck_reveal(cards):
    deck = deque(cards)
    out = []
    while deck:
        out.append(deck.popleft())
        if deck:
            deck.append(deck.popleft())
    return out
