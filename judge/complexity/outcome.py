"""What fit() returns: every class's fitted curve, the best one, and what cannot be ruled out.

Plain frozen values: the report layer copies what it needs (names, curves, points) and
words it itself; nothing here is a sentence.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import overload

import numpy as np
import numpy.typing as npt

from judge.complexity.classes import CONSTANT, ComplexityClass
from judge.complexity.points import FloatArray, Sample
from judge.complexity.status import Kind, Separation, separation

TREND_P = 0.05  # leaving O(1) needs an increasing trend (Kendall's tau) this significant
TREND_MIN_SIZES = 5  # below this many sizes no rank test can be significant: not applied


def no_trend(sizes: int, trend_p: float) -> bool:
    """True when the rank test applies and found no significant increase."""
    return sizes >= TREND_MIN_SIZES and trend_p > TREND_P


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
    # Classes within the wider plausibility margin (profiles.PLAUSIBLE_MARGIN); the same as
    # `plausible` unless the kind reports on a narrower one (counts). The expected class is
    # only ruled out when it is not among these either.
    contenders: tuple[ComplexityClass, ...] = ()
    # The best class named by the reference's counts on the same inputs (yardstick.py): the
    # curves left several classes, and the ratio to the reference is flat.
    like_reference: bool = False
    # The expected class ruled out by the reference's counts: the ratio to them outgrows it.
    beyond_reference: bool = False

    def candidate(self, cls: ComplexityClass) -> CandidateFit:
        """The fitted curve for one class."""
        for c in self.candidates:
            if c.cls == cls:
                return c
        raise KeyError(cls.name)

    @property
    def no_growth(self) -> bool:
        """O(1) because the rank test found no increase, not because O(1) fitted best."""
        return self.best == CONSTANT and no_trend(len(self.sizes), self.trend_p)

    @property
    def separation(self) -> Separation:
        """How the best class stands against the others (what a report says next to it)."""
        return separation(plausible=len(self.plausible), no_growth=self.no_growth,
                          has_runner_up=self.runner_up is not None, confidence=self.confidence,
                          like_reference=self.like_reference, beyond_reference=self.beyond_reference)


def curve_at(cls: ComplexityClass, constant: float, term_at_ref: float, ref_n: float, base: float | None,
             n: float) -> float:
    """A fitted curve (as CandidateFit.predict) at n, from its stored numbers: what a saved
    report needs to extrapolate. Overflows to inf for an exponential class far out."""
    rel = float(cls.log_basis(n, base) - cls.log_basis(ref_n, base))
    if term_at_ref == 0.0:
        return constant
    return constant + term_at_ref * math.exp(rel) if rel < 700 else math.inf
