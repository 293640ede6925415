"""Input generator for lru_cache: n operations (LeetCode's operations and arguments) on a
cache of capacity about n / 4.

The cache is filled first; then half the operations use a key used a few operations ago
(it sits at the most recent end of any recency list, where a linear search looks last:
the slow approaches' worst case), and the other half put new keys (evictions) or get
random keys (hits and misses).
"""

import random


def generate(n: int, rng: random.Random) -> dict:
    capacity = max(1, n // 4)
    operations, arguments = ["LRUCache"], [[capacity]]
    recent: list[int] = []
    fresh = 0  # the next key never used
    for _ in range(min(capacity, n - 1)):
        operations.append("put")
        arguments.append([fresh, rng.randint(0, 10**5)])
        recent.append(fresh)
        fresh += 1
    while len(operations) < n:
        draw = rng.random()
        if draw < 0.5:
            key = recent[-1 - rng.randrange(min(8, len(recent)))]
        elif draw < 0.75:
            key, fresh = fresh, fresh + 1
        else:
            key = rng.randrange(fresh)
        if draw < 0.25 or 0.5 <= draw < 0.75:
            operations.append("put")
            arguments.append([key, rng.randint(0, 10**5)])
        else:
            operations.append("get")
            arguments.append([key])
        recent.append(key)
    return {"operations": operations, "arguments": arguments}


def validate(input: dict) -> str | None:
    operations, arguments = input.get("operations"), input.get("arguments")
    if not isinstance(operations, list) or not isinstance(arguments, list) or len(operations) != len(arguments):
        return "operations and arguments must be lists of the same length"
    if not operations or operations[0] != "LRUCache" or len(arguments[0]) != 1 or arguments[0][0] < 1:
        return "the first operation must construct the cache with a positive capacity"
    for name, args in zip(operations[1:], arguments[1:]):
        if (name, len(args)) not in (("get", 1), ("put", 2)):
            return f"{name}{args} is not get(key) or put(key, value)"
        if not all(isinstance(x, int) and x >= 0 for x in args):
            return "keys and values must be non-negative integers"
    return None
