"""Input generators for course_schedule: n courses and about 2n prerequisites.

A pair [a, b] means b comes before a (an edge b -> a). Courses are relabelled at random so
that no approach profits from the numbering.
"""

import random


def _pairs(n: int, edges: list[tuple[int, int]], rng: random.Random) -> dict:
    """Edges (before, after) over positions 0..n-1 -> shuffled [after, before] pairs under a
    random relabelling."""
    label = list(range(n))
    rng.shuffle(label)
    pairs = [[label[after], label[before]] for before, after in edges]
    rng.shuffle(pairs)
    return {"numCourses": n, "prerequisites": pairs}


def _random_dag_edges(n: int, m: int, rng: random.Random) -> list[tuple[int, int]]:
    """m distinct edges i -> j with i < j (acyclic in position order)."""
    m = min(m, n * (n - 1) // 2)
    seen: set[tuple[int, int]] = set()
    while len(seen) < m:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            seen.add((min(a, b), max(a, b)))
    return sorted(seen)


def _chain_edges(n: int) -> list[tuple[int, int]]:
    """A chain 0 -> 1 -> ... -> n-1 plus skips i -> i+2: 2n - 3 edges, depth n."""
    return [(i, i + 1) for i in range(n - 1)] + [(i, i + 2) for i in range(n - 2)]


def generate(n: int, rng: random.Random) -> dict:
    """A random acyclic schedule with about 2n prerequisites (answer true)."""
    n = max(n, 1)
    return _pairs(n, _random_dag_edges(n, 2 * n, rng), rng)


def generate_chain(n: int, rng: random.Random) -> dict:
    """One long chain (each course also needs the one two steps back): every course depends
    on all earlier ones, the worst case for a fresh search from every course (answer true)."""
    n = max(n, 1)
    return _pairs(n, _chain_edges(n), rng)


def generate_dense_dag(n: int, rng: random.Random) -> dict:
    """A complete acyclic block on k courses (k(k-1)/2 about n prerequisites) feeding a random
    tree of the remaining courses (answer true)."""
    n = max(n, 1)
    k = 1
    while (k + 1) * k // 2 <= n and k < n:
        k += 1
    edges = [(i, j) for i in range(k) for j in range(i + 1, k)]
    edges += [(rng.randrange(i), i) for i in range(k, n)]
    return _pairs(n, edges, rng)


def generate_big_cycle(n: int, rng: random.Random) -> dict:
    """One cycle through every course, plus forward chords: about 2n prerequisites, answer
    false, and the cycle is only closed by its last edge."""
    n = max(n, 2)
    edges = [(i, (i + 1) % n) for i in range(n)] if n > 2 else [(0, 1), (1, 0)]
    edges += [(i, i + 2) for i in range(n - 2)]
    return _pairs(n, edges, rng)


def generate_late_cycle(n: int, rng: random.Random) -> dict:
    """The chain, with one extra prerequisite closing a short cycle among its last courses:
    answer false, found only after almost everything else was processed."""
    n = max(n, 4)
    return _pairs(n, _chain_edges(n) + [(n - 1, n - 4)], rng)


def validate(input: dict) -> str | None:
    n, pairs = input.get("numCourses"), input.get("prerequisites")
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        return "numCourses must be a positive integer"
    if not isinstance(pairs, list):
        return "prerequisites must be a list of [a, b] pairs"
    seen = set()
    for p in pairs:
        if not (isinstance(p, list) and len(p) == 2 and all(isinstance(x, int) and not isinstance(x, bool) for x in p)):
            return f"every prerequisite must be a pair [a, b] of integers, not {p!r}"
        a, b = p
        if not (0 <= a < n and 0 <= b < n):
            return f"the pair {p} names a course outside 0..{n - 1}"
        if a == b:
            return f"the pair {p} makes a course its own prerequisite"
        if (a, b) in seen:
            return f"the pair {p} is listed twice"
        seen.add((a, b))
    return None
