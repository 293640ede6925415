import random


def generate(n: int, rng: random.Random) -> dict:
    """Two n x n matrices with small integer entries (n is the dimension)."""
    a = [[rng.randint(-100, 100) for _ in range(n)] for _ in range(n)]
    b = [[rng.randint(-100, 100) for _ in range(n)] for _ in range(n)]
    return {"a": a, "b": b}


def validate(input: dict) -> str | None:
    a, b = input.get("a"), input.get("b")
    for name, m in (("a", a), ("b", b)):
        if not isinstance(m, list) or not m:
            return f"{name} must be a non-empty list of rows"
        if any(not isinstance(r, list) or len(r) != len(m) for r in m):
            return f"{name} must be square"
    if len(a) != len(b):
        return "a and b must have the same dimension"
    return None
