"""The recurrence fewest(a) = 1 + min(fewest(a - c)) without memoization: the same
remainders are solved again and again, so the calls multiply with every coin that fits.
Correct, but exponential in amount / smallest coin."""


def coin_change(coins: list[int], amount: int) -> int:
    def fewest(remaining: int) -> int:
        if remaining == 0:
            return 0
        best = -1
        for c in coins:
            if c <= remaining:
                sub = fewest(remaining - c)
                if sub >= 0 and (best < 0 or sub + 1 < best):
                    best = sub + 1
        return best

    return fewest(amount)
