"""What the machine adds to an algorithm's curve, so a class can explain its misfit with it.

Machine steps: the cost per element rises when results leave CPython's small-int cache
and when a table leaves a cache level, then stays. A class that fits once such bounded
steps are allowed cannot be ruled out by this machine's measurements.

Lower-order terms: a C-level n^2 (insort's memmove, string prepending) under a Python
loop over n looks like n or n log n until near the per-call cap, so a leading term may
carry the loop's term under it. bench/notes/fitting.md has the measurements.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from judge.complexity.classes import CONSTANT, ComplexityClass
from judge.complexity.curves import curve, normalised_log_basis
from judge.complexity.points import TINY, FloatArray, Points
from judge.complexity.profiles import Profile

CACHE_STEP_WIDTHS = (2.0, 4.0)  # doublings over which such a step ramps up
STEP_SEEDS = 4  # best single steps extended to a pair
SMALL_INTS = 256.0  # CPython shares the ints -5..256; every larger one is its own object
LOWER_TERM_SPAN = 4.0  # a lower-order term needs the leading one to lead already this factor below the top


def max_steps(cls: ComplexityClass, profile: Profile) -> int:
    """How many machine steps a class may use: none for 2^n (tiny sizes, in any cache)."""
    if cls.exponential:
        return 0
    return profile.max_steps


def step_rss(cls: ComplexityClass, pts: Points, count: int, profile: Profile) -> tuple[float, ...]:
    """Best RSS of the class with 1, ..., `count` machine steps.

    Its cost per element (for O(1), its constant) may rise by up to a bounded factor per
    step, smoothly over a few doublings, anywhere in the range, and then stay. Every
    placement is tried with one weighted NNLS; the best few are then refined in log space.
    """
    if cls == CONSTANT:
        g = np.ones_like(pts.n)
        height = profile.constant_step
    else:
        g = np.exp(normalised_log_basis(cls, pts.n, None))
        height = profile.step_height
    placements = _placements(pts, profile.threshold_steps)
    if not placements:
        return (math.inf,) * count
    singles = sorted((_capped_fit(g, [r], height, pts, 0), i) for i, r in enumerate(placements))
    best = [min(_capped_fit(g, [placements[i]], height, pts, 4) for _, i in singles[:2])]
    if count >= 2:
        pairs = sorted(
            (_capped_fit(g, [placements[i], other], height, pts, 0), i, j)
            for _, i in singles[:STEP_SEEDS]
            for j, other in enumerate(placements)
            if j != i
        )
        best.append(min(_capped_fit(g, [placements[i], placements[j]], height, pts, 4) for _, i, j in pairs[:2]))
    return tuple(best)


def int_cache_rss(cls: ComplexityClass, pts: Points, height: float) -> float:
    """RSS of the class with CPython's small-int step: a structure or loop of n items whose
    ints are 0..n-1 (indices, counters) shares the cached ints up to SMALL_INTS and creates
    a fresh one for each item past it, so its cost per item rises by up to `height` as the
    share 1 - SMALL_INTS/n. Its place is known, so only its height is fitted. Only for
    classes of at least n items: the step is per item (inf otherwise)."""
    share = np.maximum(0.0, 1.0 - SMALL_INTS / pts.n)
    if cls.exponential or cls.degree < 1 or float(np.ptp(share)) <= 0.0:
        return math.inf
    g = np.exp(normalised_log_basis(cls, pts.n, None))
    return _capped_fit(g, [share], height, pts, 4)


def _placements(pts: Points, threshold: bool) -> list[FloatArray]:
    """Every step shape worth trying: smooth ramps starting at each doubling, and with
    `threshold` the share of items past n0 = 2^s (small ints, pymalloc's 512-byte objects)."""
    k = np.log2(pts.n)
    placements = [
        _ramp(k, start, width)
        for width in CACHE_STEP_WIDTHS
        for start in np.arange(math.floor(k[0] - width + 1), math.ceil(k[-1]), 1.0)
    ]
    if threshold:
        placements += [np.maximum(0.0, 1.0 - 2.0**s / pts.n) for s in np.arange(math.floor(k[0]), math.ceil(k[-1]))]
    return [r for r in placements if float(np.ptp(r)) > 0.0]


def _ramp(k: FloatArray, start: float, width: float) -> FloatArray:
    """A smooth 0 -> 1 rise over `width` doublings from log2(n) = start (smoothstep)."""
    t = np.clip((k - start) / width, 0.0, 1.0)
    return np.asarray(t * t * (3.0 - 2.0 * t), dtype=np.float64)


def _stepped_design(g: FloatArray, ramps: Sequence[FloatArray], height: float, free: Sequence[bool]) -> FloatArray:
    """Columns [1, g, g * ramp...]; a ramp that is not free is folded into g at full height."""
    base = g
    extra = []
    for ramp, is_free in zip(ramps, free, strict=True):
        if is_free:
            extra.append(g * ramp)
        else:
            base = base * (1.0 + (height - 1.0) * ramp)
    return np.column_stack([np.ones_like(g), base, *extra])


def _capped_fit(g: FloatArray, ramps: Sequence[FloatArray], height: float, pts: Points,
                steps: int) -> float:
    """RSS of a + b * g * prod(1 + h_i * ramp_i) with 0 <= h_i <= height - 1.

    Fitted linearly, [1, g, g * ramp_i], which is exact for one ramp and a close, cheap
    stand-in for the product with two; a step fitted above the cap is pinned at it.
    """
    free = [True] * len(ramps)
    while True:  # at most len(ramps) + 1 rounds: each round pins one more ramp
        p, rss = curve(_stepped_design(g, ramps, height, free), pts, steps=steps)
        excess = [(p[2 + j] / max(p[1], TINY), i) for j, i in enumerate(i for i, f in enumerate(free) if f)]
        if not any(ratio > (height - 1.0) * (1 + 1e-9) for ratio, _ in excess):
            return rss
        free[max(excess)[1]] = False


def lower_term_rss(cls: ComplexityClass, lower: ComplexityClass, pts: Points, share: float) -> float:
    """RSS of a + c * h(n) + b * g(n), h the lower-order term, with g leading at the top.

    Allowed only where g's term is at least `share` of the cost already LOWER_TERM_SPAN
    below the largest size, so neither a cache step in an O(n) curve (which saturates)
    nor one slow top size is read as the start of an n^2.
    """
    below = np.flatnonzero(pts.n <= pts.n[-1] / LOWER_TERM_SPAN)
    if below.size < 2:
        return math.inf
    q = int(below[-1])  # where the leading term must already carry its share
    ones = np.ones_like(pts.n)
    g = np.exp(normalised_log_basis(cls, pts.n, None))
    h = np.exp(normalised_log_basis(lower, pts.n, None))
    p, rss = curve(np.column_stack([ones, h, g]), pts)
    ratio = share / (1.0 - share) * h[q] / g[q]
    if p[2] >= ratio * p[1] * (1 - 1e-9):
        return rss
    _, pinned = curve(np.column_stack([ones, h + ratio * g]), pts)  # the share exactly at its bound
    return pinned
