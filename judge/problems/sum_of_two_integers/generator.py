"""Input generators for sum_of_two_integers: n is the magnitude of the operands.

|a|, |b| <= n, and the largest operand is close to n, so the values grow with n. A carry
loop on 32-bit words runs as many rounds as its longest run of carries, at most 32. The
worst case at every magnitude is a pair of opposite signs whose sum is close to zero: the
carry runs through all the high one bits of the negative operand, about 30 rounds at every
n (a block of ones plus one, 2^k - 1 + 1, takes only about log2(n) rounds, fewer).
"""

import random

LIMIT = 10**9


def _magnitude(n: int, rng: random.Random) -> int:
    """A value in [n // 2, n], at least 1."""
    n = max(1, min(n, LIMIT))
    return rng.randint(max(1, n // 2), n)


def generate(n: int, rng: random.Random) -> dict:
    """a = m and b = -(m - d) for a small d (or the mirror image): the sum is small, and
    the carry runs through all the high one bits of the negative operand."""
    m = _magnitude(n, rng)
    d = rng.randint(0, min(m, 16))
    a, b = m, d - m
    return {"a": a, "b": b} if rng.random() < 0.5 else {"a": b, "b": a}


def generate_random_signs(n: int, rng: random.Random) -> dict:
    """Two operands of magnitude about n with random signs."""
    a = _magnitude(n, rng) * rng.choice((1, -1))
    b = _magnitude(n, rng) * rng.choice((1, -1))
    return {"a": a, "b": b}


def validate(input: dict) -> str | None:
    for name in ("a", "b"):
        x = input.get(name)
        if not isinstance(x, int) or isinstance(x, bool) or not -LIMIT <= x <= LIMIT:
            return f"{name} must be an integer in [-10**9, 10**9]"
    return None
