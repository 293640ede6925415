"""Input generators for number_of_1_bits: n is the value itself.

A loop over the bits of n runs about log2(n) times whatever the value; a loop over the
one bits only (n &= n - 1) runs that long on all-ones values such as 2^k - 1.
"""

import random

LIMIT = 2**31 - 1


def _cap(n: int) -> int:
    return max(1, min(n, LIMIT))


def generate(n: int, rng: random.Random) -> dict:
    """A random value in [n / 2, n]: as many bits as n, about half of them ones."""
    n = _cap(n)
    return {"n": rng.randint(max(1, n // 2), n)}


def generate_all_ones(n: int, rng: random.Random) -> dict:
    """The largest 2^k - 1 not above n with a few of its low bits cleared at random:
    nearly every bit is a one bit (the worst case for n &= n - 1)."""
    n = _cap(n)
    k = (n + 1).bit_length() - 1  # 2^k - 1 <= n
    ones = (1 << k) - 1
    clear = rng.getrandbits(min(3, k - 1)) if k > 1 else 0
    return {"n": ones & ~clear}


def validate(input: dict) -> str | None:
    n = input.get("n")
    if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= LIMIT:
        return "n must be an integer in [1, 2**31 - 1]"
    return None
