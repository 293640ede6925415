"""Fit one class to the points: value ~ a + b * g(n) with a, b >= 0, in log space.

A per-call overhead is real, a negative one is not, hence non-negative least squares.
Residuals are logs, so the fit is scale-free: a 20% miss at n = 8 counts like one at
n = 2^20. The exponential class gets a free base (phi^n is exponential too).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize_scalar, nnls

from judge.complexity.classes import CONSTANT, EXPONENTIAL_BASE_RANGE, ComplexityClass
from judge.complexity.outcome import CandidateFit
from judge.complexity.points import TINY, FloatArray, Points

EXP_GRID = 16  # coarse grid of exponential bases before a bounded refinement
EXP_INFORMATIVE = 1e4  # a size informs the exponential fit within this factor of the largest's value
EXP_INFORMATIVE_SIZES = 3  # ... and the fit needs at least this many such sizes


@dataclass(frozen=True)
class RawFit:
    """One class's fit in the scaled units of `Points` (before `CandidateFit` restores them)."""

    cls: ComplexityClass
    a: float  # scaled units
    term: float  # growth term at the largest size, scaled units
    base: float | None
    rss: float
    params: int
    identifiable: bool


def curve(design: FloatArray, pts: Points, steps: int = 4) -> tuple[FloatArray, float]:
    """Non-negative fit of z ~ log(design @ p + j), minimising weighted squared log residuals.

    Starts from relative (weighted) NNLS, then Gauss-Newton steps in log space, each step
    itself a NNLS problem so the non-negativity holds throughout.
    """
    y, z, j = pts.y, pts.z, pts.j
    sw = 1.0 / np.sqrt(pts.var)
    w = sw / np.maximum(y + j, TINY)
    p, _ = nnls(design * w[:, None], y * w)
    rss = _rss(design, p, pts)
    for _ in range(steps):
        m = design @ p
        d = np.maximum(m + j, TINY)
        target = (z - np.log(d) + m / d) * sw
        q, _ = nnls(design * (sw / d)[:, None], target)
        new = _rss(design, q, pts)
        if not new < rss - 1e-12 * max(rss, 1e-300):
            if new < rss:
                p, rss = q, new
            break
        p, rss = q, new
    return p, rss


def _rss(design: FloatArray, p: FloatArray, pts: Points) -> float:
    """Weighted residual sum of squares in log space (chi-square units)."""
    m = design @ p
    r = pts.z - np.log(np.maximum(m + pts.j, TINY))
    return float(np.sum(r * r / pts.var))


def normalised_log_basis(cls: ComplexityClass, n: FloatArray, base: float | None) -> FloatArray:
    """log g(n) - log g(n_max): the basis relative to the largest size, finite even for 2^n."""
    lg = cls.log_basis(n, base)
    return np.asarray(lg - lg[-1], dtype=np.float64)


def fit_class(cls: ComplexityClass, pts: Points) -> RawFit:
    """The plain fit of one class: a constant for O(1), a + b * g(n) for the others."""
    ones = np.ones_like(pts.n)
    if cls == CONSTANT:
        p, rss = curve(ones[:, None], pts)
        return RawFit(cls, float(p[0]), 0.0, None, rss, 1, True)
    if cls.exponential:
        return _fit_exponential(cls, pts)
    g = np.exp(normalised_log_basis(cls, pts.n, None))
    p, rss = curve(np.column_stack([ones, g]), pts)
    return RawFit(cls, float(p[0]), float(p[1]), None, rss, 2, True)


def _fit_exponential(cls: ComplexityClass, pts: Points) -> RawFit:
    """Free-base exponential: phi^n (naive Fibonacci) and 3^n are all O(2^n) to a judge.

    Only identifiable when a few sizes lie within EXP_INFORMATIVE of the largest on the
    curve: on a doubling ladder the curve is a single spike at the top and fits nothing
    but noise there.
    """
    ones = np.ones_like(pts.n)
    lo, hi = EXPONENTIAL_BASE_RANGE

    def informative(base: float) -> bool:
        informing = normalised_log_basis(cls, pts.n, base) > -math.log(EXP_INFORMATIVE)
        return int(np.sum(informing)) >= EXP_INFORMATIVE_SIZES

    def solve(log_base: float, steps: int = 4) -> tuple[FloatArray, float]:
        g = np.exp(normalised_log_basis(cls, pts.n, math.exp(log_base)))
        return curve(np.column_stack([ones, g]), pts, steps)

    grid = [b for b in np.geomspace(lo, hi, EXP_GRID) if informative(float(b))]
    if not grid or pts.n.size < 3:
        return RawFit(cls, 0.0, 0.0, 2.0, math.inf, 3, False)
    fits = [(solve(math.log(b), 1)[1], float(b)) for b in grid]
    _, best_base = min(fits)
    step = (hi / lo) ** (1.0 / (EXP_GRID - 1))
    left, right = max(lo, best_base / step), min(hi, best_base * step)
    res = minimize_scalar(
        lambda lb: solve(lb)[1],
        bounds=(math.log(left), math.log(right)),
        method="bounded",
        options={"xatol": 1e-3},
    )
    log_base = float(res.x) if informative(math.exp(float(res.x))) else math.log(best_base)
    p, rss = solve(log_base)
    p_grid, rss_grid = solve(math.log(best_base))
    if rss_grid < rss:
        log_base, p, rss = math.log(best_base), p_grid, rss_grid
    return RawFit(cls, float(p[0]), float(p[1]), math.exp(log_base), rss, 3, True)


def growth(raw: RawFit, pts: Points) -> float:
    """The fitted (value + J) at the largest size over that at the smallest."""
    if raw.term == 0.0 or not raw.identifiable:
        return 1.0
    g = np.exp(normalised_log_basis(raw.cls, pts.n, raw.base))
    top = raw.a + raw.term * g[-1] + pts.j
    bottom = raw.a + raw.term * g[0] + pts.j
    return float(top / max(bottom, TINY))


def candidate(raw: RawFit, pts: Points, score: float, step_score: float, growth: float) -> CandidateFit:
    """The raw fit back in the values' unit, with its criteria, as the caller sees it."""
    ref_n = int(pts.n[-1])
    term = raw.term * pts.scale
    if raw.cls == CONSTANT or term == 0.0:
        coefficient = 0.0
    else:
        with np.errstate(over="ignore", divide="ignore"):
            g_ref = float(raw.cls.basis(ref_n, raw.base))
        coefficient = term / g_ref if g_ref > 0 else math.inf
    if raw.identifiable:
        g = np.exp(normalised_log_basis(raw.cls, pts.n, raw.base))
        fitted = np.log(np.maximum(raw.a + raw.term * g + pts.j, TINY))
        error = float(np.sqrt(np.mean((pts.z - fitted) ** 2)))
    else:
        error = math.inf
    return CandidateFit(
        cls=raw.cls,
        constant=raw.a * pts.scale,
        coefficient=coefficient,
        term_at_ref=term,
        ref_n=ref_n,
        base=raw.base if raw.cls.exponential else None,
        error=error,
        score=score,
        step_score=step_score,
        growth=growth,
    )
