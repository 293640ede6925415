"""Find and remove the two heaviest stones with max() and list.remove every turn:
O(n) per turn, O(n^2) time."""


def last_stone_weight(stones: list[int]) -> int:
    stones = list(stones)
    while len(stones) > 1:
        y = max(stones)
        stones.remove(y)
        x = max(stones)
        stones.remove(x)
        if x != y:
            stones.append(y - x)
    return stones[0] if stones else 0
