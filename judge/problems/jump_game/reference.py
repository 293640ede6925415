"""Reference solution for jump_game."""


def can_jump(nums: list[int]) -> bool:
    """Greedy: keep the farthest index reachable so far; the walk fails as soon as the
    next index lies beyond it. O(n) time, O(1) space."""
    last = len(nums) - 1
    reach = 0
    for i, jump in enumerate(nums):
        if i > reach:
            return False
        if i + jump > reach:
            reach = i + jump
            if reach >= last:
                return True
    return True
