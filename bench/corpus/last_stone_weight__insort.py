import bisect


def last_stone_weight(stones):
    stones = sorted(stones)
    while len(stones) > 1:
        y = stones.pop()
        x = stones.pop()
        if y != x:
            bisect.insort(stones, y - x)
    return stones[0] if stones else 0
