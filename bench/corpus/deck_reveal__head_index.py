def deck_reveal(cards):
    queue = list(cards)
    head = 0
    out = []
    while head < len(queue):
        out.append(queue[head])
        head += 1
        if head < len(queue):
            queue.append(queue[head])
            head += 1
    return out
