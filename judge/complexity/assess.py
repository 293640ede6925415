"""Judge a Fit against the expected class: a status, the rule that decided it, and the numbers.

"worse" rejects a solution, so it needs two things: every plausible class above the
expected one, and the largest sizes well above what the expected class, fitted through
the smaller sizes, predicts. Caches alone can cost a few times, never WORSE_FACTOR.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from judge.complexity.classes import ComplexityClass
from judge.complexity.curves import candidate, fit_class, growth
from judge.complexity.outcome import Fit
from judge.complexity.points import TINY, prepare
from judge.complexity.status import Reason, Status

WORSE_FACTOR = 3.0  # "worse" needs the largest sizes this many times the expected curve
# ... or, in counted instructions, this many times when every plausible class is a whole
# polynomial degree (or more) above the expected one: CPython's own steps (small ints,
# pymalloc, set resizes) change an instruction count by at most 2x, and a degree gap
# doubles the excess with every doubling of n, so the judge need not wait for 3x.
DEGREE_GAP_FACTOR = 2.0
DEGREE_GAP = 1.0
HELD_OUT = 2  # at least this many of the largest sizes are held out of the expected curve
FITTED_MIN = 3  # ... and at least this many fitted below them
CONFIRM_SIZES = FITTED_MIN + HELD_OUT  # the fewest sizes a slower class can be confirmed on
HELD_OUT_SPAN = 4.0  # ... and every size within this factor of the largest
MIN_SIZES = 4  # fewer distinct sizes: inconclusive
MIN_SPAN = 4.0  # n_max / n_min below this (and n_max - n_min < MIN_STEPS): inconclusive
MIN_STEPS = 10  # additive span that is enough for exponential ladders (n = 8..25)
EXPONENTIAL_RISE = 8.0  # ... or a rise this large where only an exponential class is plausible


@dataclass(frozen=True)
class Assessment:
    """A fit judged against the expected class; `slowdown` backs up a "worse" status."""

    status: Status
    reason: Reason
    expected: ComplexityClass
    slowdown: float | None = None  # measured / expected-class extrapolation at at_n
    at_n: int | None = None


@dataclass(frozen=True)
class Slowdown:
    """The smaller excess of the two largest sizes over the expected class's extrapolation."""

    factor: float
    at_n: int


def assess(fit: Fit, expected: ComplexityClass) -> Assessment:
    """Judge a fit against the expected class; never "worse" without a large slowdown.

    A higher best fit with a smaller excess is "inconclusive" (the machine alone can cost
    that much), never a rejection.
    """
    plausible = fit.plausible
    if not _enough_range(fit.sizes) and not _clearly_exponential(fit):
        return Assessment("inconclusive", "too_few_sizes", expected)
    if expected in plausible or expected in fit.contenders:
        # A class other than the expected one is named on less evidence (counts: about 4.5:1)
        # than it takes to rule the expected one out (about 20:1).
        return Assessment("ok", "as_expected", expected)
    if all(c < expected for c in plausible):
        return Assessment("better", "faster", expected)
    if not all(c > expected for c in plausible):
        return Assessment("inconclusive", "cannot_place", expected)
    excess = extrapolate(fit, expected)
    if excess is None:
        return Assessment("inconclusive", "slower_no_holdout", expected)
    if excess.factor >= WORSE_FACTOR:
        return Assessment("worse", "slower_confirmed", expected, slowdown=excess.factor, at_n=excess.at_n)
    if fit.kind == "instructions" and excess.factor >= DEGREE_GAP_FACTOR and _degree_gap(fit, expected):
        return Assessment("worse", "slower_by_a_degree", expected, slowdown=excess.factor, at_n=excess.at_n)
    return Assessment("inconclusive", "slower_unconfirmed", expected, slowdown=excess.factor, at_n=excess.at_n)


def _degree_gap(fit: Fit, expected: ComplexityClass) -> bool:
    """Every plausible class at least a polynomial degree above `expected` (logs aside)."""
    return min(c.degree for c in fit.plausible) - expected.degree >= DEGREE_GAP


def _clearly_exponential(fit: Fit) -> bool:
    """A short additive range is enough when only an exponential class explains it: values
    that rise EXPONENTIAL_RISE-fold while n grows by a few units are no polynomial's."""
    if len(fit.sizes) < MIN_SIZES or not all(c.exponential for c in fit.plausible):
        return False
    levels = [min(s.values) for s in fit.samples]
    return min(levels) > 0 and max(levels) / min(levels) >= EXPONENTIAL_RISE


def _enough_range(sizes: tuple[int, ...]) -> bool:
    if len(sizes) < MIN_SIZES:
        return False
    return sizes[-1] / sizes[0] >= MIN_SPAN or sizes[-1] - sizes[0] >= MIN_STEPS


def extrapolate(fit: Fit, expected: ComplexityClass) -> Slowdown | None:
    """Fit `expected` through the smaller sizes and compare the two largest sizes to it.

    The largest sizes are where growth classes differ most, so holding them out turns
    "fits worse" into a concrete, reportable factor. The smaller of the two sizes'
    factors is returned: one size hit by a busy core cannot make it.
    """
    _, pts = prepare(fit.samples, fit.kind, fit.floor)
    m = int(pts.n.size)
    held = max(HELD_OUT, m // 4, int(np.sum(pts.n > pts.n[-1] / HELD_OUT_SPAN)))
    held = min(held, m - FITTED_MIN)
    # Bytes and counts are exact: where only exponential classes explain them, one held-out
    # size is enough (an exponential ladder often has four sizes in all).
    exact_exponential = fit.kind != "time" and all(c.exponential for c in fit.plausible)
    if held < (1 if exact_exponential else HELD_OUT):
        return None
    lower = pts.head(m - held)
    raw = fit_class(expected, lower)
    if not raw.identifiable:
        return None
    cand = candidate(raw, lower, 0.0, math.inf, growth(raw, lower))
    factors = []
    for i in range(max(m - 2, m - held), m):
        predicted = float(cand.predict(pts.n[i])) / pts.scale + pts.j
        measured = float(pts.y[i]) + pts.j
        factors.append((measured / max(predicted, TINY), int(pts.n[i])))
    # Counted instructions are the same in every run: the largest size speaks for itself.
    # Timed sizes take the smaller factor, so that one size hit by a busy core cannot decide.
    factor, at_n = factors[-1] if fit.kind == "instructions" else min(factors)
    return Slowdown(factor, at_n)
