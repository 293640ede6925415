"""count(t) = sum of count(t - x) without memoization: every partial sequence of numbers
is a call of its own, so the calls number the sum of the counts of all the values below
the target. With small even numbers those counts grow exponentially even when the answer
is small (an odd target, reached only through one large odd number). Correct, but
exponential time."""


def combination_sum4(nums: list[int], target: int) -> int:
    def count(remaining: int) -> int:
        if remaining == 0:
            return 1
        return sum(count(remaining - x) for x in nums if x <= remaining)

    return count(target)
