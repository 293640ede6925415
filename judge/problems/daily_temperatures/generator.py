"""Input generators for daily_temperatures."""

import random

LOW, HIGH = 30, 100


def generate(n: int, rng: random.Random) -> dict:
    """n random temperatures in [30, 100]."""
    return {"temperatures": rng.choices(range(LOW, HIGH + 1), k=max(n, 1))}


def generate_decreasing(n: int, rng: random.Random) -> dict:
    """Non-increasing temperatures: no day ever gets warmer, so scanning forward from
    each day reaches the end every time (quadratic for the naive scan)."""
    temps = rng.choices(range(LOW, HIGH + 1), k=max(n, 1))
    temps.sort(reverse=True)
    return {"temperatures": temps}


def validate(input: dict) -> str | None:
    temps = input.get("temperatures")
    if not isinstance(temps, list) or not temps:
        return "temperatures must be a non-empty list of integers"
    if not all(isinstance(t, int) and LOW <= t <= HIGH for t in temps):
        return "every temperature must be an integer in [30, 100]"
    return None
