from functools import reduce


def rob(nums: list[int]) -> int:
    # Fold the street into the pair (best up to the house before last, best up to the last).
    def step(best: tuple[int, int], amount: int) -> tuple[int, int]:
        before, last = best
        return last, max(last, before + amount)

    return reduce(step, nums, (0, 0))[1]
