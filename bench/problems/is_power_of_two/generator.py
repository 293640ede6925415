import random


def generate(n: int, rng: random.Random) -> dict:
    """A random value between n/2 and n (odd half the time)."""
    return {"n": rng.randint(max(1, n // 2), max(1, n))}


def generate_power(n: int, rng: random.Random) -> dict:
    """The largest power of two <= n: loops that halve n run all the way down."""
    return {"n": 1 << (max(1, n).bit_length() - 1)}


def generate_three_times_power(n: int, rng: random.Random) -> dict:
    """3 * 2^k <= n: not a power of two, but only found out after halving to 3."""
    k = max(0, (max(1, n) // 3).bit_length() - 1)
    return {"n": 3 << k}


def validate(input: dict) -> str | None:
    n = input.get("n")
    if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= 2**62:
        return "n must be an integer in [1, 2^62]"
    return None
