"""Input generators for linked_list_cycle: node values plus LeetCode's `pos` (-1: no cycle).

Both extra families make a walk meet all n nodes: no cycle at all (the walk reaches the
end), or the tail linking back to the head (the longest loop). Checking every node against
the earlier ones costs n^2 on each.
"""

import random

LIMIT = 10**5


def _values(n: int, rng: random.Random) -> list[int]:
    return [rng.randint(-LIMIT, LIMIT) for _ in range(n)]


def generate(n: int, rng: random.Random) -> dict:
    """n random values; half the time the tail links to a random node, else nowhere."""
    n = max(n, 1)
    pos = rng.randrange(n) if rng.random() < 0.5 else -1
    return {"head": _values(n, rng), "pos": pos}


def generate_no_cycle(n: int, rng: random.Random) -> dict:
    """A plain list of n nodes: the walk visits every node before reaching None."""
    return {"head": _values(max(n, 1), rng), "pos": -1}


def generate_cycle_to_head(n: int, rng: random.Random) -> dict:
    """The tail links back to the head: one loop through all n nodes."""
    return {"head": _values(max(n, 1), rng), "pos": 0}


def validate(input: dict) -> str | None:
    head, pos = input.get("head"), input.get("pos", -1)
    if not isinstance(head, list):
        return "head must be a list of node values"
    if not all(isinstance(x, int) and -LIMIT <= x <= LIMIT for x in head):
        return "every node value must be an integer in [-10**5, 10**5]"
    if not isinstance(pos, int) or isinstance(pos, bool) or not -1 <= pos < len(head):
        return "pos must be -1 or an index of head"
    return None
