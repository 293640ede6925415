"""Pick the complexity class of measured (size, value) points: model selection.

Every class is fitted to one robust level per size (points.py, curves.py). A class may
explain its misfit with what the machine adds, machine steps or a lower-order term
(steps.py), paying for each in selection. The criterion is weighted RSS (over the
over-dispersion) plus AIC plus a small rank prior, lowest wins, and `plausible` is every
class the evidence cannot rule out. Leaving O(1) needs a significant increasing trend
and real growth. bench/notes/fitting.md gives the measurement behind each rule.

This module also re-exports the package's public names (Fit, Sample, assess, ...).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from scipy.stats import kendalltau

from judge.complexity.assess import WORSE_FACTOR, Assessment, assess
from judge.complexity.classes import CLASSES, CONSTANT, ComplexityClass, index
from judge.complexity.curves import RawFit, candidate, fit_class, growth
from judge.complexity.outcome import TREND_P, CandidateFit, Fit, no_trend
from judge.complexity.points import Points, Sample, prepare
from judge.complexity.profiles import PLAUSIBLE_MARGIN, PROFILES, Profile, profile_for
from judge.complexity.status import Kind, Reason, Separation, Status
from judge.complexity.steps import int_cache_rss, lower_term_rss, max_steps, step_rss

__all__ = [
    "PROFILES",
    "TREND_P",
    "WORSE_FACTOR",
    "Assessment",
    "CandidateFit",
    "Fit",
    "Kind",
    "Profile",
    "Reason",
    "Sample",
    "Separation",
    "Status",
    "assess",
    "fit",
]

PARAM_PENALTY = 2.0  # AIC: per fitted parameter, in units of the noise variance
RANK_PRIOR = 0.5  # per rank step: prefer the simpler class on a near tie
MIN_GROWTH = 1.10  # a fitted curve growing less than this over the range is flat
MIN_GROWTH_PER_DOUBLING = 0.01  # ... or less than 1% of its value per doubling of n
FLAT_SIGMAS = 3.0  # ... or growing by less than this many noise levels (log space)
STEP_PARAMS = 2  # location and height of each machine step, for the penalty
STEP_REACH = 6.0  # a class tries steps if the best fit grows at most this much more (2 x 2x, and slack)
STEP_SELECT_EXTRA = 2.0  # extra selection penalty for explaining a misfit by a machine step


class Variant(NamedTuple):
    """Another explanation of a class's points: with a lower-order term or machine steps."""

    rss: float
    params: int
    extra: float  # selection penalty beyond its parameters


@dataclass(frozen=True)
class Criterion:
    """Weighted RSS over the over-dispersion, plus AIC, plus a rank prior: lower is better."""

    dispersion: float  # >= 1: how much even the best curve misses beyond the repeats' spread

    def __call__(self, rss: float, params: int, cls: ComplexityClass) -> float:
        return rss / self.dispersion + PARAM_PENALTY * params + RANK_PRIOR * index(cls)


@dataclass(frozen=True)
class Scores:
    """Each class's plain score and its variants, under one criterion."""

    criterion: Criterion
    plain: Mapping[ComplexityClass, float]
    variants: Mapping[ComplexityClass, Sequence[Variant]]

    def select(self, cls: ComplexityClass) -> float:
        """The score that picks the best: the class's best explanation, variants paying extra."""
        return min([self.plain[cls], *(self.criterion(v.rss, v.params, cls) + v.extra for v in self.variants[cls])])

    def with_steps(self, cls: ComplexityClass) -> float:
        """The score that keeps a class plausible: its best variant, counted in full."""
        return min((self.criterion(v.rss, v.params, cls) for v in self.variants[cls]), default=math.inf)


@dataclass(frozen=True)
class Ranking:
    """The classes in order of the evidence: what fit() reports about them."""

    best: ComplexityClass
    runner_up: ComplexityClass | None
    confidence: float
    plausible: tuple[ComplexityClass, ...]
    contenders: tuple[ComplexityClass, ...]  # plausible within the wider margin


def fit(
    samples: Sequence[Sample],
    *,
    kind: Kind = "time",
    floor: float = 0.0,
    classes: Iterable[ComplexityClass] = CLASSES,
    margin: float | None = None,
) -> Fit:
    """Fit every class to the samples and pick the best; see the module docstring.

    `floor` is an absolute noise floor in the values' unit (space: allocator jitter in
    bytes; time: the timer's resolution). Without it the fit is purely scale-free and
    cannot tell 16 stray bytes from 16 MB: for space, always pass one. `classes`
    restricts the candidates (any order; O(1) should normally stay in). `margin` is the
    criterion gap within which a class stays plausible (default: the kind's profile).
    """
    profile = profile_for(kind)
    if not (math.isfinite(floor) and floor >= 0.0):
        raise ValueError(f"floor must be a finite number >= 0, got {floor!r}")
    pool = tuple(sorted(set(classes), key=index))
    if not pool:
        raise ValueError("fit() needs at least one complexity class")
    ordered, pts = prepare(samples, kind, floor)
    raws = {c: fit_class(c, pts) for c in pool}
    growths = {c: growth(r, pts) for c, r in raws.items()}
    scores = _explain(raws, growths, pts, profile)
    trend_p = _trend_p(pts)
    noise = math.sqrt(scores.criterion.dispersion * float(np.median(pts.var)))
    ranking = _rank(scores, growths, noise, CONSTANT in raws and no_trend(int(pts.n.size), trend_p),
                    profile.plausible_margin if margin is None else margin)
    return Fit(
        best=ranking.best,
        plausible=ranking.plausible,
        runner_up=ranking.runner_up,
        confidence=ranking.confidence,
        candidates=tuple(candidate(raws[c], pts, scores.plain[c], scores.with_steps(c), growths[c]) for c in pool),
        samples=ordered,
        kind=kind,
        sizes=tuple(int(n) for n in pts.n),
        levels=tuple(float(v) for v in pts.y * pts.scale),
        noise=noise,
        jitter=pts.j * pts.scale,
        floor=floor,
        trend_p=trend_p,
        contenders=ranking.contenders,
    )


def _explain(raws: Mapping[ComplexityClass, RawFit], growths: Mapping[ComplexityClass, float], pts: Points,
             profile: Profile) -> Scores:
    """Score every class plainly, then with the lower-order terms and machine steps it may use.

    Over-dispersion: when even the best curve misses by more than the repeats' spread
    (systematic effects), every difference between classes is judged against that.
    """
    m = int(pts.n.size)
    spreads = [r.rss / (m - r.params) for r in raws.values() if r.identifiable and m > r.params]
    criterion = Criterion(_dispersion(spreads))
    flat = _flat_growth(pts)
    plain = _plain_scores(raws, growths, criterion, flat)
    lower = _lower_term_variants(raws, pts, profile)
    for c, variant in _int_cache_variants(raws, growths, plain, pts, profile).items():
        lower[c].append(variant)
    steps = _step_variants(Scores(criterion, plain, lower), raws, growths, pts, profile)
    variants = {c: [*lower[c], *steps[c]] for c in raws}
    if profile.variant_dispersion:
        # Judge differences against the misfit of the best explanation, steps and lower terms
        # included: exact counts whose plain fits all miss a small-int step would otherwise
        # make every class look alike.
        spreads += [v.rss / (m - v.params) for vs in variants.values() for v in vs
                    if m > v.params and math.isfinite(v.rss)]
        criterion = Criterion(_dispersion(spreads))
        plain = _plain_scores(raws, growths, criterion, flat)
    return Scores(criterion, plain, variants)


def _dispersion(spreads: Sequence[float]) -> float:
    return max(1.0, min(spreads, default=1.0))


def _flat_growth(pts: Points) -> float:
    """Growth too small to be evidence against O(1): one more iteration of any loop per
    doubling of n costs more than 1% of a call; a new bigint digit every 30 doublings or a
    cache miss does not."""
    doublings = math.log2(float(pts.n[-1]) / float(pts.n[0]))
    return max(MIN_GROWTH, 1.0 + MIN_GROWTH_PER_DOUBLING * doublings)


def _plain_scores(raws: Mapping[ComplexityClass, RawFit], growths: Mapping[ComplexityClass, float],
                  criterion: Criterion, flat: float) -> dict[ComplexityClass, float]:
    """Each class's criterion without variants; O(1) scores as well as any flat curve."""
    scores = {c: criterion(r.rss, r.params, c) if r.identifiable else math.inf for c, r in raws.items()}
    if CONSTANT in raws:
        for c, g in growths.items():
            if c != CONSTANT and g < flat:
                scores[CONSTANT] = min(scores[CONSTANT], scores[c])
    return scores


def _lower_term_variants(raws: Mapping[ComplexityClass, RawFit], pts: Points,
                         profile: Profile) -> dict[ComplexityClass, list[Variant]]:
    """A lower-order term may explain why a class's small sizes sit above its curve; it is
    plausible in full and pays extra in selection."""
    variants: dict[ComplexityClass, list[Variant]] = {c: [] for c in raws}
    for c, low in profile.lower_terms:
        if c in raws and pts.n.size > 4:
            rss = lower_term_rss(c, low, pts, profile.lower_share)
            variants[c].append(Variant(rss, raws[c].params + 1, profile.lower_extra))
    return variants


def _int_cache_variants(raws: Mapping[ComplexityClass, RawFit], growths: Mapping[ComplexityClass, float],
                        plain: Mapping[ComplexityClass, float], pts: Points,
                        profile: Profile) -> dict[ComplexityClass, Variant]:
    """CPython's small-int step (steps.int_cache_rss) for the classes it could rescue: as for
    machine steps, only within reach of the plain best fit's growth (a 5x step in bytes
    must not make an O(n log n) curve plausible for an O(n^2) table)."""
    if not profile.int_cache_step:
        return {}
    plain_best = min(raws, key=lambda c: (plain[c], index(c)))
    return {c: Variant(int_cache_rss(c, pts, profile.int_cache_step), r.params + 1, profile.int_cache_extra)
            for c, r in raws.items() if growths[plain_best] <= growths[c] * STEP_REACH}


def _step_variants(scores: Scores, raws: Mapping[ComplexityClass, RawFit], growths: Mapping[ComplexityClass, float],
                   pts: Points, profile: Profile) -> dict[ComplexityClass, list[Variant]]:
    """Machine steps for the classes they could rescue.

    Steps only add growth, so they can only rescue classes up to the best fit so far
    (within reach), the best itself included: a higher class whose lower-order term beat
    it must still meet it with its steps. In selection each step pays for its parameters
    plus an extra penalty; for plausibility it counts in full.
    """
    plain_best = min(raws, key=lambda c: (scores.plain[c], index(c)))
    leader = min(raws, key=lambda c: (scores.select(c), index(c)))
    top = max(plain_best, leader)
    variants: dict[ComplexityClass, list[Variant]] = {c: [] for c in raws}
    for c, r in raws.items():
        allowed = max_steps(c, profile)
        # With the dispersion taken from the variants, the best's own steps can change every
        # comparison, so it tries them too.
        reach = c < plain_best or (leader != plain_best and c <= plain_best) or (
            profile.variant_dispersion and c <= top)
        if not allowed or not reach or growths[plain_best] > growths[c] * STEP_REACH:
            continue
        for k, rss in enumerate(step_rss(c, pts, allowed, profile), start=1):
            variants[c].append(Variant(rss, r.params + STEP_PARAMS * k, STEP_SELECT_EXTRA * k))
    return variants


def _trend_p(pts: Points) -> float:
    """One-sided p-value of "levels increase with n" (Kendall's tau-b, ties allowed)."""
    if pts.n.size < 3 or float(np.ptp(pts.y)) == 0.0:
        return 1.0
    p = float(kendalltau(pts.n, pts.y, alternative="greater").pvalue)
    return p if math.isfinite(p) else 1.0


def _rank(scores: Scores, growths: Mapping[ComplexityClass, float], noise: float, flat: bool,
          margin: float) -> Ranking:
    """Best, runner-up, confidence and plausible classes from the selection scores.

    Without a significant increasing trend (`flat`: a rank test, blind to one noisy size
    at the top that any growth curve can chase) the answer is O(1). A class whose curve
    barely rises against the noise is O(1) in disguise: no real alternative to O(1).
    """
    pool = tuple(scores.plain)
    select = {c: scores.select(c) for c in pool}
    ranked = sorted(pool, key=lambda c: (select[c], index(c)))
    if flat:
        ranked.remove(CONSTANT)
        ranked.insert(0, CONSTANT)
    best = ranked[0]
    flat_limit = max(MIN_GROWTH, math.exp(FLAT_SIGMAS * noise))
    distinct = [c for c in ranked[1:] if math.isfinite(select[c]) and (c == CONSTANT or growths[c] >= flat_limit)]
    runner_up = distinct[0] if distinct else None
    gap = select[runner_up] - select[best] if runner_up is not None else math.inf
    confidence = 1.0 if runner_up is None else max(0.0, math.tanh(gap / 4.0))
    def within(gap: float) -> tuple[ComplexityClass, ...]:
        limit = select[best] + gap
        return tuple(c for c in pool if c == best or (
            not flat and c in distinct and min(scores.plain[c], scores.with_steps(c)) <= limit))

    return Ranking(best, runner_up, confidence, within(margin), within(max(margin, PLAUSIBLE_MARGIN)))
