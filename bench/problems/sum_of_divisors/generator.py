import random


def _is_prime(m: int) -> bool:
    if m < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if m % p == 0:
            return m == p
    d, s = m - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, m)
        if x in (1, m - 1):
            continue
        for _ in range(s - 1):
            x = x * x % m
            if x == m - 1:
                break
        else:
            return False
    return True


def generate(n: int, rng: random.Random) -> dict:
    """A random value between n/2 and n."""
    return {"n": rng.randint(max(1, n // 2), max(1, n))}


def generate_prime(n: int, rng: random.Random) -> dict:
    """The largest prime <= n (no small factor lets a factorising loop stop early)."""
    m = max(2, n)
    while not _is_prime(m):
        m -= 1
    return {"n": m}


def validate(input: dict) -> str | None:
    n = input.get("n")
    if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= 10**14:
        return "n must be an integer in [1, 10^14]"
    return None
