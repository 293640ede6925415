"""Reference solution for combination_sum_iv."""

CAP = 2**31  # the answer is below this; see below


def combination_sum4(nums: list[int], target: int) -> int:
    """ways[t] = sum of ways[t - x] over the numbers x <= t, ways[0] = 1, counted up to the
    target. Counts are capped at 2^31: only values t that the target can be brought down
    to feed into the answer, and those have ways[t] <= answer < 2^31 (a way to write t,
    followed by the numbers taking the target down to t, is a way to write the target).
    Other values, such as the even ones when every number is even and the target is odd,
    can hold exponentially large counts that never matter; the cap keeps every count a
    machine-size integer. O(target * len(nums)) time, O(target) space."""
    ways = [0] * (target + 1)
    ways[0] = 1
    for t in range(1, target + 1):
        total = 0
        for x in nums:
            if x <= t:
                total += ways[t - x]
        ways[t] = total if total < CAP else CAP
    return ways[target]
