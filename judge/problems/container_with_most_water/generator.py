"""Input generators for container_with_most_water: n is len(height).

Every family reaches the worst case of the double loop over all pairs (it always does
n(n-1)/2 steps). The shapes differ in which pointer the two-pointer scan moves: only the
left one (ascending), both in turn (random), or the outer walls first and the best pair
last (mountain), which also defeats brute force that prunes on the best area so far.
A list of equal heights and a descending one are hand-written tests.
"""

import random

MAX_HEIGHT = 10**4
MAX_LEN = 262_144


def generate(n: int, rng: random.Random) -> dict:
    """n random heights in [0, 10^4]: the typical case."""
    n = max(n, 2)
    return {"height": [rng.randint(0, MAX_HEIGHT) for _ in range(n)]}


def generate_ascending(n: int, rng: random.Random) -> dict:
    """Non-decreasing heights: the scan only ever moves the left pointer."""
    n = max(n, 2)
    return {"height": sorted(rng.randint(0, MAX_HEIGHT) for _ in range(n))}


def generate_mountain(n: int, rng: random.Random) -> dict:
    """Low at both ends, rising to a tall middle: the best container is narrow and deep
    inside, found only after most of the scan."""
    n = max(n, 2)
    half = (n + 1) // 2
    up = sorted(rng.randint(0, MAX_HEIGHT) for _ in range(half))
    down = sorted((rng.randint(0, MAX_HEIGHT) for _ in range(n - half)), reverse=True)
    return {"height": up + down}


def validate(input: dict) -> str | None:
    height = input.get("height")
    if not isinstance(height, list) or not 2 <= len(height) <= MAX_LEN:
        return f"height must be a list of 2 to {MAX_LEN:,} integers"
    if not all(type(x) is int and 0 <= x <= MAX_HEIGHT for x in height):
        return "every height[i] must be an integer in [0, 10**4]"
    return None
