import random


def generate(n: int, rng: random.Random) -> dict:
    """Random values; k is the middle rank, so heaps of size k hold n/2 items."""
    n = max(n, 1)
    return {"nums": [rng.randint(-10**9, 10**9) for _ in range(n)], "k": n // 2 + 1}


def generate_large_k(n: int, rng: random.Random) -> dict:
    """k near n: popping k items from a heap costs about n log n."""
    n = max(n, 1)
    return {"nums": [rng.randint(-10**9, 10**9) for _ in range(n)], "k": n - n // 8}


def validate(input: dict) -> str | None:
    nums, k = input.get("nums"), input.get("k")
    if not isinstance(nums, list) or not nums or not all(isinstance(x, int) for x in nums):
        return "nums must be a non-empty list of integers"
    if not isinstance(k, int) or not 1 <= k <= len(nums):
        return "k must be an integer in [1, len(nums)]"
    return None
