"""Pick the complexity class of measured (size, value) points, and judge it against a bound.

Pure functions over `Sample`s; the method, and the measured failure each step answers:

1. Per size, one robust level: the lower quartile of the repeats for time (a busy core
   only ever slows a run down), the median for space (exact bytes, symmetric jitter).
   Each size is weighted by its own repeats' spread: some sizes are much noisier.
2. Every class is fitted as ``value ~ a + b * g(n)`` with a, b >= 0 (a per-call overhead
   is real, a negative one is not) by non-negative least squares on log residuals, so
   the fit is scale-free and a 20% miss at n = 8 counts like one at n = 2^20. Space is
   fitted on log(value + J), J an absolute jitter (the caller's floor, the repeats'
   spread, or the largest drop as n grows), because it holds zeros and stray bytes.
   The exponential class gets a free base (phi^n is exponential too).
3. Criterion per class: weighted RSS (divided by the over-dispersion when even the best
   curve misses by more than the repeats' spread) + 2 per parameter (AIC) + 0.5 per
   rank (prefer the simpler class on a near tie). Lowest wins.
4. The machine adds steps: the cost per element rises when results leave CPython's
   small-int cache (~2x on cheap loops), when a table leaves L2 and L3 (~1.5-2x each),
   up to 4.4x in all for a set-based O(n) scan over n = 8..2^19; an O(1) call on
   integers costs ~5-10% more per new 30-bit digit. A class below the best may explain
   its misfit with up to two such steps (each capped: 2x, or 1.15x for a constant):
   that keeps it *plausible*, and wins selection only when clearly better even after
   a penalty per step.
   The converse: a C-level n^2 (insort's memmove, string prepending) under a Python
   loop over n looks like n or n log n until near the per-call cap. O(n^2), O(n^2 log n)
   and O(n^3) may add the loop's lower-order term, if their own term already leads at
   a quarter of the largest size.
5. Leaving O(1) needs real growth: an increasing trend (Kendall's tau, p <= 0.05) and a
   fitted rise beyond 10% (and 1% per doubling of n: one more loop iteration per
   doubling costs that much, a new bigint digit every 30 doublings does not) and 3
   noise levels; a curve that only chases one noisy top size is O(1) in disguise.
6. `plausible` is every class within 6 criterion units of the best: what the evidence
   cannot rule out. `assess` says "worse" only when every plausible class is above the
   expected one AND the two largest sizes are each >= 3x what the expected class,
   fitted through the smaller sizes, predicts (caches alone stay under ~2.5x).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, overload

import numpy as np
import numpy.typing as npt
from scipy.optimize import minimize_scalar, nnls
from scipy.stats import kendalltau

from judge.complexity.classes import (
    CLASSES,
    CONSTANT,
    CUBIC,
    EXPONENTIAL_BASE_RANGE,
    LINEAR,
    LINEARITHMIC,
    LOGARITHMIC,
    QUADRATIC,
    QUADRATIC_LOG,
    ComplexityClass,
    index,
)

FloatArray = npt.NDArray[np.float64]
Kind = Literal["time", "space", "instructions"]
Status = Literal["ok", "better", "worse", "inconclusive"]

# --- tuning (checked by bench/fit_synthetic.py) ----------------------------------------
NOISE_FLOOR = 0.03  # log-space error always tolerated per size (systematic effects)
PARAM_PENALTY = 2.0  # AIC: per fitted parameter, in units of the noise variance
RANK_PRIOR = 0.5  # per rank step: prefer the simpler class on a near tie
PLAUSIBLE_MARGIN = 6.0  # criterion gap within which a class cannot be ruled out
MIN_GROWTH = 1.10  # a fitted curve growing less than this over the range is flat
MIN_GROWTH_PER_DOUBLING = 0.01  # ... or less than 1% of its value per doubling of n
FLAT_SIGMAS = 3.0  # ... or growing by less than this many noise levels (log space)
CACHE_STEP = 2.0  # largest per-element cost step that caches alone can produce
CONSTANT_STEP = 1.15  # largest step of a constant cost (a new bigint digit, a cache miss)
SPACE_CONSTANT_STEP = 4.0  # largest step of constant space (a bounded structure filling up)
CACHE_STEP_WIDTHS = (2.0, 4.0)  # doublings over which such a step ramps up
MAX_STEPS = 2  # machine steps a class may use to explain its misfit
STEP_SEEDS = 4  # best single steps extended to a pair
STEP_PARAMS = 2  # location and height of each step, for the penalty
STEP_REACH = 6.0  # a class tries steps if the best fit grows at most this much more (2 x 2x, and slack)
STEP_SELECT_EXTRA = 2.0  # extra selection penalty for explaining a misfit by a cache step
# A leading term measured under the cost of the loop around it: a C-level n^2 (memmove,
# memcpy) under a Python loop over n; a generator over n per cell of an n^2 table; a C
# sort of a window per step of a quadratic scan.
LOWER_TERMS = {QUADRATIC: LINEAR, QUADRATIC_LOG: QUADRATIC, CUBIC: QUADRATIC}
LOWER_TERM_SHARE = 2 / 3  # ... allowed only if the leading term is at least this share of the cost
LOWER_TERM_SPAN = 4.0  # ... already at this factor below the largest size (not one jump at the top)
LOWER_SELECT_EXTRA = 2.0  # extra selection penalty for the lower-order term
WORSE_FACTOR = 3.0  # "worse" needs the largest size this many times the expected curve
TREND_P = 0.05  # leaving O(1) needs an increasing trend (Kendall's tau) this significant
TREND_MIN_SIZES = 5  # below this many sizes no rank test can be significant: not applied
HELD_OUT = 2  # at least this many of the largest sizes are held out by assess()
HELD_OUT_SPAN = 4.0  # ... and every size within this factor of the largest
MIN_SIZES = 4  # fewer distinct sizes: assess() is inconclusive
MIN_SPAN = 4.0  # n_max / n_min below this (and n_max - n_min < MIN_STEPS): inconclusive
MIN_STEPS = 10  # additive span that is enough for exponential ladders (n = 8..25)
TIME_QUANTILE = 0.25  # the per-size level for time
_EXP_GRID = 16  # coarse grid of exponential bases before a bounded refinement
_TINY = 1e-12  # relative floor keeping logs finite when a model predicts exactly 0


@dataclass(frozen=True)
class Profile:
    """What one kind of measurement gets wrong, and so what the fit forgives it.

    CPU time: a busy core only slows a run (level: lower quartile); caches and small-int
    caching add up to two steps of 2x per element. Space: exact bytes, symmetric jitter
    (median), one allocator step. Instructions (callgrind): exact for one input, no
    caches; what remains is CPython's own steps (ints beyond the small-int cache cost an
    allocation each: 1.5x per element on a plain loop; objects beyond 512 bytes leave
    pymalloc; sets and dicts grow 2x instead of 4x beyond 50,000 entries), so one step
    of at most 1.6x, and the inputs' spread, so the median.
    """

    quantile: float | None  # the per-size level: this quantile of the repeats, or None for their mean
    noise_floor: float  # log-space error always tolerated per size
    max_steps: int  # steps a class below the best fit may use to explain its misfit
    step_height: float  # largest step of a cost per element
    lower_terms: tuple[tuple[ComplexityClass, ComplexityClass], ...]  # leading term -> the loop's term under it
    multiplicative: bool  # noise is a factor (time) rather than absolute jitter (bytes)
    threshold_steps: bool = False  # steps shaped 1 - n0/n (a share of items past a fixed n0)
    lower_share: float = LOWER_TERM_SHARE  # a leading term with a lower one must carry this share near the top
    variant_dispersion: bool = False  # over-dispersion from the best fit with steps and lower terms
    lower_extra: float = LOWER_SELECT_EXTRA  # selection penalty of a lower-order term, beyond its parameter
    constant_step: float = CONSTANT_STEP  # largest step of O(1) (0: O(1) gets no steps)


PROFILES: dict[str, Profile] = {
    "time": Profile(TIME_QUANTILE, NOISE_FLOOR, MAX_STEPS, CACHE_STEP, tuple(LOWER_TERMS.items()), True),
    # Space: a structure bounded by the input's alphabet or by k (a dict of at most 26
    # letters) fills up over the first sizes, then stays: O(1) with one step of up to 4x.
    "space": Profile(0.5, NOISE_FLOOR, 1, CACHE_STEP, (), False, constant_step=SPACE_CONSTANT_STEP),
    "instructions": Profile(None, 0.01, 1, 2.0, ((LINEAR, LOGARITHMIC), (LINEARITHMIC, LINEAR), *LOWER_TERMS.items()),
                            True, True, 1 / 3, True),
}


@dataclass(frozen=True)
class Sample:
    """One size's measurements: repeated values (seconds, or bytes for space) at size n."""

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
class CandidateFit:
    """One class fitted to the points: value(n) = constant + term_at_ref * g(n) / g(ref_n)."""

    cls: ComplexityClass
    constant: float  # the fixed cost a (same unit as the values)
    coefficient: float  # b in a + b * g(n) (0 or inf when g(n) is beyond floats)
    term_at_ref: float  # the growth term's value at ref_n: b * g(ref_n)
    ref_n: int  # the largest measured size
    base: float | None  # fitted base of the exponential class, else None
    error: float  # RMS log residual (scale-free): 0.1 ~ a typical 10% miss
    score: float  # penalised criterion, lower is better; inf when not identifiable
    step_score: float  # the criterion when machine steps are allowed; inf if not tried
    growth: float  # fitted (value + J) at the largest size over that at the smallest

    @overload
    def predict(self, n: float) -> float: ...
    @overload
    def predict(self, n: npt.ArrayLike) -> float | FloatArray: ...
    def predict(self, n: npt.ArrayLike) -> float | FloatArray:
        """The fitted curve at size(s) n."""
        arr = np.asarray(n, dtype=np.float64)
        rel = self.cls.log_basis(arr, self.base) - self.cls.log_basis(self.ref_n, self.base)
        with np.errstate(over="ignore", invalid="ignore"):
            out = self.constant + self.term_at_ref * np.exp(rel)
        if self.term_at_ref == 0.0:
            out = np.full_like(arr, self.constant)
        return float(out) if np.ndim(out) == 0 else np.asarray(out, dtype=np.float64)


@dataclass(frozen=True)
class Fit:
    """The outcome of fit(): best class, what cannot be ruled out, and every candidate."""

    best: ComplexityClass
    plausible: tuple[ComplexityClass, ...]  # rank order, includes best
    runner_up: ComplexityClass | None
    confidence: float  # tanh(criterion gap / 4): 0 = runner-up as good, 1 = ruled out
    candidates: tuple[CandidateFit, ...]  # one per class, rank order
    samples: tuple[Sample, ...]  # the input, sorted by n
    kind: Kind
    sizes: tuple[int, ...]  # distinct sizes, ascending
    levels: tuple[float, ...]  # the robust per-size level that was fitted
    noise: float  # the log-space noise level used to judge differences
    jitter: float  # absolute jitter J used (space; the floor for positive times)
    floor: float  # the caller's absolute noise floor
    trend_p: float  # p-value of an increasing trend; above TREND_P means no growth shown

    def candidate(self, cls: ComplexityClass) -> CandidateFit:
        """The fitted curve for one class."""
        for c in self.candidates:
            if c.cls == cls:
                return c
        raise KeyError(cls.name)

    def describe(self) -> str:
        """A short phrase for reports: 'O(n) or O(n log n)', 'O(n) (next best ...)'."""
        if len(self.plausible) > 1:
            names = [c.name for c in self.plausible]
            return ", ".join(names[:-1]) + " or " + names[-1]
        if self.best == CONSTANT and self.trend_p > TREND_P and len(self.sizes) >= TREND_MIN_SIZES:
            return f"{self.best.name} (no significant growth)"
        if self.runner_up is None:
            return self.best.name
        if self.confidence >= 0.95:
            how = "clearly worse fit"
        elif self.confidence >= 0.7:
            how = "worse fit"
        else:
            how = "slightly worse fit"
        return f"{self.best.name} (next best {self.runner_up.name}, {how})"


@dataclass(frozen=True)
class Assessment:
    """A fit judged against the expected class; `slowdown` backs up a "worse" status."""

    status: Status
    expected: ComplexityClass
    message: str
    slowdown: float | None = None  # measured / expected-class extrapolation at at_n
    at_n: int | None = None


# --- internals -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Points:
    n: FloatArray  # distinct sizes, ascending
    y: FloatArray  # levels divided by `scale`
    z: FloatArray  # log(y + j)
    j: float  # jitter in scaled units
    scale: float
    var: FloatArray  # per-size variance of z (repeats' spread, shrunk, floored)


def _prepare(
    samples: Iterable[Sample], kind: Kind, floor: float = 0.0
) -> tuple[tuple[Sample, ...], _Points]:
    ordered = tuple(sorted(samples, key=lambda s: (s.n, sorted(s.values))))
    if not ordered:
        raise ValueError("fit() needs at least one Sample")
    merged: dict[int, list[float]] = {}
    for s in ordered:
        merged.setdefault(s.n, []).extend(s.values)
    sizes = sorted(merged)
    groups = [np.sort(np.asarray(merged[n], dtype=np.float64)) for n in sizes]
    profile = PROFILES[kind]
    if profile.multiplicative and any(float(g[0]) < 0 for g in groups):
        raise ValueError(f"{kind} values must be >= 0")
    groups = [np.maximum(g, 0.0) for g in groups]
    q = profile.quantile
    levels = np.array([float(np.mean(g)) if q is None else _quantile(g, q) for g in groups])
    scale = float(np.max(levels))
    if scale <= 0.0:
        scale = float(max(np.max(g) for g in groups)) or 1.0
    y = levels / scale
    scaled = [g / scale for g in groups]
    j = _jitter(y, scaled, profile.multiplicative, floor / scale)
    with np.errstate(divide="ignore"):
        z = np.log(np.maximum(y + j, _TINY))
    var = _level_variance([np.log(np.maximum(g + j, _TINY)) for g in scaled], profile.noise_floor)
    points = _Points(np.asarray(sizes, dtype=np.float64), y, z, j, scale, var)
    return ordered, points


def _quantile(ordered: FloatArray, q: float) -> float:
    """np.quantile's default (linear) on an already sorted array, without its overhead."""
    pos = q * (ordered.size - 1)
    lo = int(pos)
    hi = min(lo + 1, ordered.size - 1)
    return float(ordered[lo] + (pos - lo) * (ordered[hi] - ordered[lo]))


def _mad(sorted_values: FloatArray) -> float:
    """Median absolute deviation scaled to a normal standard deviation."""
    centre = _quantile(sorted_values, 0.5)
    return 1.4826 * _quantile(np.sort(np.abs(sorted_values - centre)), 0.5)


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

    Some sizes are much noisier than others (another process was busy), so each size
    is weighted by its own spread; with 3-7 repeats that spread is itself noisy, so it
    is shrunk halfway to the pooled value, and floored for systematic effects.
    """
    # 1.3 / sqrt(k): standard error of a quartile or median of k normal values.
    errors = np.array([_mad(g) * 1.3 / math.sqrt(g.size) if g.size > 1 else math.nan
                       for g in zgroups])
    known = errors[np.isfinite(errors)]
    pooled = float(np.median(known)) if known.size else 0.0
    var = np.where(np.isfinite(errors), (errors**2 + pooled**2) / 2.0, pooled**2)
    return np.asarray(np.maximum(var, noise_floor**2), dtype=np.float64)


def _curve(design: FloatArray, pts: _Points, steps: int = 4) -> tuple[FloatArray, float]:
    """Non-negative fit of z ~ log(design @ p + j), minimising weighted squared log residuals.

    Starts from relative (weighted) NNLS, then Gauss-Newton steps in log space, each step
    itself a NNLS problem so the non-negativity holds throughout.
    """
    y, z, j = pts.y, pts.z, pts.j
    sw = 1.0 / np.sqrt(pts.var)
    w = sw / np.maximum(y + j, _TINY)
    p, _ = nnls(design * w[:, None], y * w)
    rss = _rss(design, p, pts)
    for _ in range(steps):
        m = design @ p
        d = np.maximum(m + j, _TINY)
        target = (z - np.log(d) + m / d) * sw
        q, _ = nnls(design * (sw / d)[:, None], target)
        new = _rss(design, q, pts)
        if not new < rss - 1e-12 * max(rss, 1e-300):
            if new < rss:
                p, rss = q, new
            break
        p, rss = q, new
    return p, rss


def _rss(design: FloatArray, p: FloatArray, pts: _Points) -> float:
    """Weighted residual sum of squares in log space (chi-square units)."""
    m = design @ p
    r = pts.z - np.log(np.maximum(m + pts.j, _TINY))
    return float(np.sum(r * r / pts.var))


@dataclass(frozen=True)
class _Raw:
    cls: ComplexityClass
    a: float  # scaled units
    term: float  # growth term at the largest size, scaled units
    base: float | None
    rss: float
    params: int
    identifiable: bool


def _normalised_log_basis(cls: ComplexityClass, n: FloatArray, base: float | None) -> FloatArray:
    lg = cls.log_basis(n, base)
    return np.asarray(lg - lg[-1], dtype=np.float64)


def _fit_class(cls: ComplexityClass, pts: _Points) -> _Raw:
    ones = np.ones_like(pts.n)
    if cls == CONSTANT:
        p, rss = _curve(ones[:, None], pts)
        return _Raw(cls, float(p[0]), 0.0, None, rss, 1, True)
    if cls.exponential:
        return _fit_exponential(cls, pts)
    g = np.exp(_normalised_log_basis(cls, pts.n, None))
    p, rss = _curve(np.column_stack([ones, g]), pts)
    return _Raw(cls, float(p[0]), float(p[1]), None, rss, 2, True)


def _fit_exponential(cls: ComplexityClass, pts: _Points) -> _Raw:
    """Free-base exponential: phi^n (naive Fibonacci) and 3^n are all O(2^n) to a judge.

    Only identifiable when at least 3 sizes lie within a factor 1e4 of the largest on
    the curve; on a doubling ladder up to 2^20 the curve is a single spike at the top and
    fits nothing but noise there.
    """
    ones = np.ones_like(pts.n)
    lo, hi = EXPONENTIAL_BASE_RANGE

    def informative(base: float) -> bool:
        return int(np.sum(_normalised_log_basis(cls, pts.n, base) > -math.log(1e4))) >= 3

    def solve(log_base: float, steps: int = 4) -> tuple[FloatArray, float]:
        g = np.exp(_normalised_log_basis(cls, pts.n, math.exp(log_base)))
        return _curve(np.column_stack([ones, g]), pts, steps)

    grid = [b for b in np.geomspace(lo, hi, _EXP_GRID) if informative(float(b))]
    if not grid or pts.n.size < 3:
        return _Raw(cls, 0.0, 0.0, 2.0, math.inf, 3, False)
    fits = [(solve(math.log(b), 1)[1], float(b)) for b in grid]
    _, best_base = min(fits)
    step = (hi / lo) ** (1.0 / (_EXP_GRID - 1))
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
    return _Raw(cls, float(p[0]), float(p[1]), math.exp(log_base), rss, 3, True)


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


def _capped_fit(g: FloatArray, ramps: Sequence[FloatArray], height: float, pts: _Points,
                steps: int) -> float:
    """RSS of a + b * g * prod(1 + h_i * ramp_i) with 0 <= h_i <= height - 1.

    Fitted linearly, [1, g, g * ramp_i], which is exact for one ramp and a close, cheap
    stand-in for the product with two; a step fitted above the cap is pinned at it.
    """
    free = [True] * len(ramps)
    while True:  # at most len(ramps) + 1 rounds: each round pins one more ramp
        p, rss = _curve(_stepped_design(g, ramps, height, free), pts, steps=steps)
        excess = [(p[2 + j] / max(p[1], _TINY), i) for j, i in enumerate(i for i, f in enumerate(free) if f)]
        if not any(ratio > (height - 1.0) * (1 + 1e-9) for ratio, _ in excess):
            return rss
        free[max(excess)[1]] = False


def _step_rss(cls: ComplexityClass, pts: _Points, count: int, step_height: float,
              threshold: bool = False, constant_step: float = CONSTANT_STEP) -> tuple[float, ...]:
    """Best RSS of the class with 1, ..., `count` machine steps: its cost per element (for O(1),
    its constant) may rise by up to a bounded factor per step, smoothly over a few
    doublings, anywhere in the range, and then stay.

    Measured here (see bench/complexity_accuracy.py's saved points): the per-element cost
    of CPython code steps up when results leave the small-int cache (~2x on cheap loops),
    when a hash table leaves L2 (~1.5x) and when it leaves L3 (~2x), up to 4.4x in all
    on a set-based O(n) scan over n = 8..2^19; an O(1) call on integers steps up ~10% at
    each new 30-bit digit. A class that fits once such steps are allowed cannot be ruled
    out by this machine's timings. Every placement is tried with one weighted NNLS; the
    best few are then refined in log space.
    """
    if cls == CONSTANT:
        g = np.ones_like(pts.n)
        height = constant_step
    else:
        g = np.exp(_normalised_log_basis(cls, pts.n, None))
        height = step_height
    k = np.log2(pts.n)
    placements = [
        _ramp(k, start, width)
        for width in CACHE_STEP_WIDTHS
        for start in np.arange(math.floor(k[0] - width + 1), math.ceil(k[-1]), 1.0)
    ]
    if threshold:  # the share of items past n0 = 2^s: small ints, pymalloc's 512-byte objects
        placements += [np.maximum(0.0, 1.0 - 2.0**s / pts.n) for s in np.arange(math.floor(k[0]), math.ceil(k[-1]))]
    placements = [r for r in placements if float(np.ptp(r)) > 0.0]
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


def _lower_term_rss(cls: ComplexityClass, lower: ComplexityClass, pts: _Points,
                    share: float = LOWER_TERM_SHARE) -> float:
    """RSS of a + c * h(n) + b * g(n), h the lower-order term, with g leading at the top.

    Measured: bisect.insort, string prepending and slicing a string stack run a Python
    loop over n items and a C-level memmove of up to n pointers per item. The memmove
    term costs ~1 ns per 100 items moved, so below n ~ 10^4 the loop dominates and the
    curve looks like n or n log n; it is n^2 only at the top of the ladder. The model
    is allowed only where g's term is at least LOWER_TERM_SHARE of the cost already at a
    quarter of the largest size, so neither a cache step in an O(n) curve (which
    saturates) nor one slow top size is read as the start of an n^2.
    """
    below = np.flatnonzero(pts.n <= pts.n[-1] / LOWER_TERM_SPAN)
    if below.size < 2:
        return math.inf
    q = int(below[-1])  # where the leading term must already carry its share
    ones = np.ones_like(pts.n)
    g = np.exp(_normalised_log_basis(cls, pts.n, None))
    h = np.exp(_normalised_log_basis(lower, pts.n, None))
    p, rss = _curve(np.column_stack([ones, h, g]), pts)
    ratio = share / (1.0 - share) * h[q] / g[q]
    if p[2] >= ratio * p[1] * (1 - 1e-9):
        return rss
    _, pinned = _curve(np.column_stack([ones, h + ratio * g]), pts)  # the share exactly at its bound
    return pinned


def _max_steps(cls: ComplexityClass, kind: Kind) -> int:
    """How many machine steps a class may use: none for 2^n (tiny sizes, in any cache),
    else the profile's."""
    if cls.exponential:
        return 0
    return PROFILES[kind].max_steps


def _trend_p(pts: _Points) -> float:
    """One-sided p-value of "levels increase with n" (Kendall's tau-b, ties allowed)."""
    if pts.n.size < 3 or float(np.ptp(pts.y)) == 0.0:
        return 1.0
    p = float(kendalltau(pts.n, pts.y, alternative="greater").pvalue)
    return p if math.isfinite(p) else 1.0


def _growth(raw: _Raw, pts: _Points) -> float:
    if raw.term == 0.0 or not raw.identifiable:
        return 1.0
    g = np.exp(_normalised_log_basis(raw.cls, pts.n, raw.base))
    top = raw.a + raw.term * g[-1] + pts.j
    bottom = raw.a + raw.term * g[0] + pts.j
    return float(top / max(bottom, _TINY))


def _candidate(raw: _Raw, pts: _Points, score: float, step_score: float, growth: float) -> CandidateFit:
    ref_n = int(pts.n[-1])
    term = raw.term * pts.scale
    if raw.cls == CONSTANT or term == 0.0:
        coefficient = 0.0
    else:
        with np.errstate(over="ignore", divide="ignore"):
            g_ref = float(raw.cls.basis(ref_n, raw.base))
        coefficient = term / g_ref if g_ref > 0 else math.inf
    if raw.identifiable:
        g = np.exp(_normalised_log_basis(raw.cls, pts.n, raw.base))
        fitted = np.log(np.maximum(raw.a + raw.term * g + pts.j, _TINY))
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


def fit(
    samples: Sequence[Sample],
    *,
    kind: Kind = "time",
    floor: float = 0.0,
    classes: Iterable[ComplexityClass] = CLASSES,
) -> Fit:
    """Fit every class to the samples and pick the best; see the module docstring.

    `floor` is an absolute noise floor in the values' unit (space: allocator jitter in
    bytes, e.g. what an empty solution measures; time: the timer's resolution). Without
    it the fit is purely scale-free and cannot tell 16 stray bytes at the largest size
    from 16 MB: for space, always pass one. `classes` restricts the candidates (any
    order; O(1) should normally stay in).
    """
    if kind not in PROFILES:
        raise ValueError(f"kind must be one of {', '.join(PROFILES)}, got {kind!r}")
    if not (math.isfinite(floor) and floor >= 0.0):
        raise ValueError(f"floor must be a finite number >= 0, got {floor!r}")
    pool = tuple(sorted(set(classes), key=index))
    if not pool:
        raise ValueError("fit() needs at least one complexity class")
    ordered, pts = _prepare(samples, kind, floor)
    m = int(pts.n.size)
    raws = {c: _fit_class(c, pts) for c in pool}

    # Over-dispersion: when even the best curve misses by more than the repeats' spread
    # (systematic effects), every difference between classes is judged against that.
    spreads = [r.rss / (m - r.params) for r in raws.values() if r.identifiable and m > r.params]
    dispersion = max(1.0, min(spreads, default=1.0))
    noise = math.sqrt(dispersion * float(np.median(pts.var)))

    def criterion(rss: float, params: int, cls: ComplexityClass) -> float:
        return rss / dispersion + PARAM_PENALTY * params + RANK_PRIOR * index(cls)

    scores = {c: criterion(r.rss, r.params, c) if r.identifiable else math.inf
              for c, r in raws.items()}
    growths = {c: _growth(r, pts) for c, r in raws.items()}
    # Growth too small to matter is no evidence against O(1): one more iteration of any
    # loop per doubling of n costs more than 1% of a call, whereas a new bigint digit every
    # 30 doublings or a cache miss does not.
    doublings = math.log2(float(pts.n[-1]) / float(pts.n[0]))
    flat_growth = max(MIN_GROWTH, 1.0 + MIN_GROWTH_PER_DOUBLING * doublings)
    if CONSTANT in raws:
        for c, g in growths.items():
            if c != CONSTANT and g < flat_growth:
                scores[CONSTANT] = min(scores[CONSTANT], scores[c])

    # A lower-order term (see _lower_term_rss) may explain why a class's small sizes sit
    # above its curve; it is plausible in full and pays extra in selection.
    profile = PROFILES[kind]
    variants: dict[ComplexityClass, list[tuple[float, int, float]]] = {c: [] for c in pool}  # (rss, params, extra)
    for c, low in profile.lower_terms:
        if c in raws and m > 4:
            variants[c].append((_lower_term_rss(c, low, pts, profile.lower_share), raws[c].params + 1,
                                profile.lower_extra))

    # Machine steps (see _step_rss) may explain a class's misfit. Steps only add growth,
    # so they can only rescue classes up to the best fit so far (within reach), the best
    # itself included: a higher class whose lower-order term beat it must still meet it
    # with its steps (an O(n) loop whose ints leave the small-int cache is not O(n log n)).
    # In selection each step pays for its parameters plus an extra penalty (its freedom
    # could flatter a simpler class); for plausibility it counts in full: this machine
    # can produce such steps.
    def best_variant(c: ComplexityClass) -> float:
        return min([scores[c], *(criterion(rss, k, c) + extra for rss, k, extra in variants[c])])

    plain_best = min(pool, key=lambda c: (scores[c], index(c)))
    leader = min(pool, key=lambda c: (best_variant(c), index(c)))
    top = max(plain_best, leader)
    for c, r in raws.items():
        max_steps = _max_steps(c, kind)
        # With the dispersion taken from the variants, the best's own steps can change every
        # comparison, so it tries them too.
        reach = c < plain_best or (leader != plain_best and c <= plain_best) or (
            profile.variant_dispersion and c <= top)
        if not max_steps or not reach or growths[plain_best] > growths[c] * STEP_REACH:
            continue
        for k, rss in enumerate(_step_rss(c, pts, max_steps, profile.step_height, profile.threshold_steps,
                                          profile.constant_step), start=1):
            variants[c].append((rss, r.params + STEP_PARAMS * k, STEP_SELECT_EXTRA * k))

    if profile.variant_dispersion:
        # Judge differences against the misfit of the best explanation, steps and lower terms
        # included: exact counts whose plain fits all miss a small-int step would otherwise
        # make every class look alike.
        spreads += [rss / (m - k) for vs in variants.values() for rss, k, _ in vs if m > k and math.isfinite(rss)]
        dispersion = max(1.0, min(spreads, default=1.0))
        noise = math.sqrt(dispersion * float(np.median(pts.var)))
        scores = {c: criterion(r.rss, r.params, c) if r.identifiable else math.inf for c, r in raws.items()}
        if CONSTANT in raws:
            for c, g in growths.items():
                if c != CONSTANT and g < flat_growth:
                    scores[CONSTANT] = min(scores[CONSTANT], scores[c])
    step_scores = {c: min((criterion(rss, k, c) for rss, k, _ in variants[c]), default=math.inf) for c in pool}
    select = {c: best_variant(c) for c in pool}

    ranked = sorted(pool, key=lambda c: (select[c], index(c)))
    # Real growth first: without a significant increasing trend (a rank test, blind to
    # one noisy size at the top that any growth curve can chase) the answer is O(1).
    trend_p = _trend_p(pts)
    no_trend = CONSTANT in raws and m >= TREND_MIN_SIZES and trend_p > TREND_P
    if no_trend:
        ranked.remove(CONSTANT)
        ranked.insert(0, CONSTANT)
    best = ranked[0]
    # A growth class whose fitted curve barely rises (against the noise) is O(1) in
    # disguise, typically chasing one noisy top size: not evidence for that class, and
    # no real alternative to O(1).
    flat_limit = max(MIN_GROWTH, math.exp(FLAT_SIGMAS * noise))
    distinct = [
        c for c in ranked[1:]
        if math.isfinite(select[c]) and (c == CONSTANT or growths[c] >= flat_limit)
    ]
    runner_up = distinct[0] if distinct else None
    gap = select[runner_up] - select[best] if runner_up is not None else math.inf
    confidence = 1.0 if runner_up is None else max(0.0, math.tanh(gap / 4.0))

    limit = select[best] + PLAUSIBLE_MARGIN
    plausible = tuple(
        c
        for c in pool
        if c == best or (not no_trend and c in distinct and min(scores[c], step_scores[c]) <= limit)
    )

    return Fit(
        best=best,
        plausible=plausible,
        runner_up=runner_up,
        confidence=confidence,
        candidates=tuple(_candidate(raws[c], pts, scores[c], step_scores[c], growths[c]) for c in pool),
        samples=ordered,
        kind=kind,
        sizes=tuple(int(n) for n in pts.n),
        levels=tuple(float(v) for v in pts.y * pts.scale),
        noise=noise,
        jitter=pts.j * pts.scale,
        floor=floor,
        trend_p=trend_p,
    )


# --- assessment ------------------------------------------------------------------------


def _extrapolate(fit_: Fit, expected: ComplexityClass) -> tuple[float, int] | None:
    """Fit `expected` through the smaller sizes and compare the two largest sizes to it.

    The largest sizes are where growth classes differ most, so holding them out turns
    "fits worse" into a concrete, reportable factor. The smaller of the two sizes'
    factors is returned (with its size): one size hit by a busy core cannot make it.
    """
    _, pts = _prepare(fit_.samples, fit_.kind, fit_.floor)
    m = int(pts.n.size)
    held = max(HELD_OUT, m // 4, int(np.sum(pts.n > pts.n[-1] / HELD_OUT_SPAN)))
    held = min(held, m - 3)
    if held < HELD_OUT:
        return None
    keep = slice(0, m - held)
    lower = _Points(pts.n[keep], pts.y[keep], pts.z[keep], pts.j, pts.scale, pts.var[keep])
    raw = _fit_class(expected, lower)
    if not raw.identifiable:
        return None
    cand = _candidate(raw, lower, 0.0, math.inf, _growth(raw, lower))
    factors = []
    for i in (m - 2, m - 1):
        predicted = float(cand.predict(pts.n[i])) / pts.scale + pts.j
        measured = float(pts.y[i]) + pts.j
        factors.append((measured / max(predicted, _TINY), int(pts.n[i])))
    return min(factors)


def _enough_range(fit_: Fit) -> bool:
    sizes = fit_.sizes
    if len(sizes) < MIN_SIZES:
        return False
    return sizes[-1] / sizes[0] >= MIN_SPAN or sizes[-1] - sizes[0] >= MIN_STEPS


def assess(fit: Fit, expected: ComplexityClass) -> Assessment:
    """Judge a fit against the expected class; never "worse" without a large slowdown.

    "worse" needs both: every plausible class above `expected`, and the two largest
    sizes at least WORSE_FACTOR times what `expected`, fitted through the smaller sizes,
    predicts. A higher best fit with a smaller excess is "inconclusive" (caches alone
    can cost 2x), never a rejection.
    """
    plausible = fit.plausible
    shown = fit.describe()
    if not _enough_range(fit):
        return Assessment(
            "inconclusive",
            expected,
            f"too few sizes or too small a range ({len(fit.sizes)} sizes, "
            f"n = {fit.sizes[0]}..{fit.sizes[-1]}) to judge against {expected.name}",
        )
    if expected in plausible:
        return Assessment("ok", expected, f"consistent with {expected.name} (measured {shown})")
    if all(c < expected for c in plausible):
        return Assessment("better", expected, f"better than {expected.name}: measured {shown}")
    if not all(c > expected for c in plausible):
        return Assessment(
            "inconclusive", expected, f"measured {shown}: the data cannot place {expected.name}"
        )
    extrapolated = _extrapolate(fit, expected)
    if extrapolated is None:
        return Assessment(
            "inconclusive",
            expected,
            f"measured {shown}, above {expected.name}, but too few sizes to confirm it",
        )
    slowdown, at_n = extrapolated
    verb, what = {"time": ("takes", "what"), "space": ("uses", "what"),
                  "instructions": ("executes", "the instructions")}[fit.kind]
    if slowdown >= WORSE_FACTOR:
        return Assessment(
            "worse",
            expected,
            f"measured {shown}: at n = {at_n:,} it {verb} {slowdown:.1f}x {what} an "
            f"{expected.name} curve through its smaller sizes predicts",
            slowdown,
            at_n,
        )
    why = "CPython's own steps" if fit.kind == "instructions" else "caches and noise"
    return Assessment(
        "inconclusive",
        expected,
        f"measured {shown}, above {expected.name}, but at n = {at_n:,} it {verb} only "
        f"{slowdown:.1f}x {what} an {expected.name} curve through its smaller sizes predicts "
        f"({why} alone can do that)",
        slowdown,
        at_n,
    )
