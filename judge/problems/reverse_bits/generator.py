"""Input generators for reverse_bits: n is the value itself, an unsigned 32-bit word.

The answer always has 32 positions, so the work of a solution that fills them all does not
depend on the value; one that stops when n runs out of bits does about log2(n) rounds.
"""

import random

LIMIT = 2**32 - 1


def _cap(n: int) -> int:
    return max(1, min(n, LIMIT))


def generate(n: int, rng: random.Random) -> dict:
    """A random value in [n / 2, n]: as many bits as n."""
    n = _cap(n)
    return {"n": rng.randint(max(1, n // 2), n)}


def generate_odd_all_ones(n: int, rng: random.Random) -> dict:
    """The largest 2^k - 1 not above n, a few bits above the lowest cleared at random:
    the lowest bit is set, so the answer has bit 31 set (a large unsigned result)."""
    n = _cap(n)
    k = (n + 1).bit_length() - 1
    clear = (rng.getrandbits(min(3, k - 1)) << 1) if k > 1 else 0
    return {"n": ((1 << k) - 1) & ~clear}


def validate(input: dict) -> str | None:
    n = input.get("n")
    if not isinstance(n, int) or isinstance(n, bool) or not 0 <= n <= LIMIT:
        return "n must be an integer in [0, 2**32 - 1]"
    return None
