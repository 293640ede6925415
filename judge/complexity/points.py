"""From repeated measurements to one robust level per size, with its noise.

Every class is later fitted to these levels in log space, weighted by each size's own
spread: some sizes are much noisier than others (another process was busy).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from judge.complexity.profiles import profile_for
from judge.complexity.status import Kind

FloatArray = npt.NDArray[np.float64]
TINY = 1e-12  # relative floor keeping logs finite when a model predicts exactly 0


@dataclass(frozen=True)
class Sample:
    """One size's measurements: repeated values (seconds, instructions or bytes) at size n."""

    n: int
    values: tuple[float, ...]

    def __post_init__(self) -> None:
        n = self.n
        if isinstance(n, bool) or int(n) != n or n < 1:
            raise ValueError(f"Sample.n must be an integer >= 1, got {n!r}")
        values = tuple(float(v) for v in self.values)
        if not values:
            raise ValueError(f"Sample at n = {n} has no values")
        if not all(math.isfinite(v) for v in values):
            raise ValueError(f"Sample at n = {n} has a non-finite value: {values}")
        object.__setattr__(self, "n", int(n))
        object.__setattr__(self, "values", values)


@dataclass(frozen=True)
class Points:
    """The fitter's view of the samples: scaled levels, their logs and their variances."""

    n: FloatArray  # distinct sizes, ascending
    y: FloatArray  # levels divided by `scale`
    z: FloatArray  # log(y + j)
    j: float  # jitter in scaled units
    scale: float
    var: FloatArray  # per-size variance of z (repeats' spread, shrunk, floored)

    def head(self, count: int) -> Points:
        """The smallest `count` sizes only (the same jitter and scale)."""
        keep = slice(0, count)
        return Points(self.n[keep], self.y[keep], self.z[keep], self.j, self.scale, self.var[keep])


def prepare(samples: Iterable[Sample], kind: Kind, floor: float = 0.0) -> tuple[tuple[Sample, ...], Points]:
    """The samples sorted by size (the order they came in never matters), and their Points."""
    ordered = tuple(sorted(samples, key=lambda s: (s.n, sorted(s.values))))
    if not ordered:
        raise ValueError("fit() needs at least one Sample")
    merged: dict[int, list[float]] = {}
    for s in ordered:
        merged.setdefault(s.n, []).extend(s.values)
    sizes = sorted(merged)
    groups = [np.sort(np.asarray(merged[n], dtype=np.float64)) for n in sizes]
    profile = profile_for(kind)
    if profile.multiplicative and any(float(g[0]) < 0 for g in groups):
        raise ValueError(f"{kind} values must be >= 0")
    groups = [np.maximum(g, 0.0) for g in groups]
    q = profile.quantile
    levels = np.array([float(np.mean(g)) if q is None else quantile(g, q) for g in groups])
    scale = float(np.max(levels))
    if scale <= 0.0:
        scale = float(max(np.max(g) for g in groups)) or 1.0
    y = levels / scale
    scaled = [g / scale for g in groups]
    j = _jitter(y, scaled, profile.multiplicative, floor / scale)
    with np.errstate(divide="ignore"):
        z = np.log(np.maximum(y + j, TINY))
    var = _level_variance([np.log(np.maximum(g + j, TINY)) for g in scaled], profile.noise_floor)
    return ordered, Points(np.asarray(sizes, dtype=np.float64), y, z, j, scale, var)


def quantile(ordered: FloatArray, q: float) -> float:
    """np.quantile's default (linear) on an already sorted array, without its overhead."""
    pos = q * (ordered.size - 1)
    lo = int(pos)
    hi = min(lo + 1, ordered.size - 1)
    return float(ordered[lo] + (pos - lo) * (ordered[hi] - ordered[lo]))


def _mad(sorted_values: FloatArray) -> float:
    """Median absolute deviation scaled to a normal standard deviation."""
    centre = quantile(sorted_values, 0.5)
    return 1.4826 * quantile(np.sort(np.abs(sorted_values - centre)), 0.5)


def _jitter(y: FloatArray, groups: list[FloatArray], multiplicative: bool, floor: float) -> float:
    """Absolute jitter J (scaled units): differences below it carry no information.

    Times are positive with multiplicative noise, so J is just the caller's floor (timer
    resolution). Space is exact bytes with allocator jitter and zeros: J is the largest
    of the floor, the repeats' absolute spread, and the largest drop between a size and
    any smaller one (memory use does not shrink as n grows, so a drop is jitter).
    """
    if multiplicative and float(np.min(y)) > 0.0:
        return floor
    spreads = [_mad(g) for g in groups if g.size > 1]
    rep = float(np.median(spreads)) if spreads else 0.0
    drawdown = float(np.max(np.maximum.accumulate(y) - y))
    j = max(rep, drawdown, floor)
    if j <= 0.0:
        # Zeros and no sign of jitter: the smallest non-zero level is the only scale.
        positive = y[y > 0]
        j = float(np.min(positive)) if positive.size else 1.0
    return j


def _level_variance(zgroups: list[FloatArray], noise_floor: float) -> FloatArray:
    """Variance of each size's level (log space), from the spread of its repeats.

    With 3-7 repeats that spread is itself noisy, so it is shrunk halfway to the pooled
    value, and floored for systematic effects.
    """
    # 1.3 / sqrt(k): standard error of a quartile or median of k normal values.
    errors = np.array([_mad(g) * 1.3 / math.sqrt(g.size) if g.size > 1 else math.nan
                       for g in zgroups])
    known = errors[np.isfinite(errors)]
    pooled = float(np.median(known)) if known.size else 0.0
    var = np.where(np.isfinite(errors), (errors**2 + pooled**2) / 2.0, pooled**2)
    return np.asarray(np.maximum(var, noise_floor**2), dtype=np.float64)
