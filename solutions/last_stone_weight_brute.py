"""Last Stone Weight by sorting the stones again before every turn.
Each sort of the nearly sorted list is O(n), so O(n^2) time; O(n) space."""


def last_stone_weight(stones: list[int]) -> int:
    stones = list(stones)
    while len(stones) > 1:
        stones.sort()
        y = stones.pop()
        x = stones.pop()
        if y != x:
            stones.append(y - x)
    return stones[0] if stones else 0
