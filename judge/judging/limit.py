"""What the fitted time curve means at the problem's own limit (LeetCode's largest n).

"O(n^2) where O(n) is expected" is abstract; "at n = 100,000 this needs about 40 min, the
reference 0.05 s" is not. The solution's figure is its fitted curve extrapolated to the
limit, in CPU seconds on this machine; the reference's is measured: one call at the limit.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Mapping, Sequence

from judge.complexity.classes import by_name
from judge.complexity.measure import Ladder, input_rng
from judge.complexity.outcome import curve_at
from judge.errors import JudgeError
from judge.judging.reference import ReferenceRunner
from judge.problem.generators import Generator, checked_generator
from judge.problem.model import Problem
from judge.report import AxisResult, LimitPrediction

REFERENCE_CAP_S = 3.0  # CPU seconds the reference may take at the limit before it is "over"
MIN_NATIVE_S = 0.002  # native calls shorter than this are mostly request overhead
FALLBACK_NATIVE_S = 0.0005  # ... but where no call is longer, one this long still says something


def predict_at_limit(problem: Problem, axes: Sequence[AxisResult], ladders: Sequence[Ladder],
                     generators: Mapping[str, Generator], seed: int) -> LimitPrediction | None:
    """The time curve at [scaling] limit_n, and the reference measured there. `axes` are the
    families that show the time class reported (the reported family first): the costliest
    of them at the limit speaks, as a learner's worst case (daily temperatures' decreasing
    input, not the random one that happened to be confirmed first)."""
    n = problem.scaling.limit_n
    if n is None:
        return None
    chosen = costliest(axes, ladders, n)
    if chosen is None:
        return None
    seconds, family = chosen
    reference_s = _reference_seconds(problem, family, generators, seed, n)
    return LimitPrediction(n=n, seconds=seconds, reference_seconds=reference_s,
                           reference_over=reference_s is None, family=family)


def costliest(axes: Sequence[AxisResult], ladders: Sequence[Ladder], n: int) -> tuple[float | None, str] | None:
    """The family whose curve needs the most CPU seconds at n, and those seconds; the first
    axis's family with None when no curve converts to seconds; None without a curve."""
    predicted = [(seconds, axis.family) for axis in axes
                 if (seconds := _predicted_seconds(axis, ladders, n)) is not None]
    if predicted:
        return max(predicted, key=lambda pair: pair[0])
    if axes and any(c.name == axes[0].measured for c in axes[0].curves):
        return None, axes[0].family
    return None


def _predicted_seconds(axis: AxisResult, ladders: Sequence[Ladder], n: int) -> float | None:
    """One family's fitted time curve at n, in CPU seconds (instructions converted with
    its own native calls); None when it has no curve or no conversion."""
    curve = next((c for c in axis.curves if c.name == axis.measured), None)
    if curve is None:
        return None
    cls = by_name(curve.name)

    def at(size: float) -> float:
        return curve_at(cls, curve.constant, curve.term_at_ref, curve.ref_n, curve.base, size)

    per_unit = 1.0 if axis.unit == "s" else _seconds_per_instruction(axis.family, ladders, at)
    return at(n) * per_unit if per_unit is not None else None


def _seconds_per_instruction(family: str, ladders: Sequence[Ladder], instructions_at: Callable[[float], float]
                             ) -> float | None:
    """This solution's CPU seconds per counted instruction: the native ladder's calls of
    MIN_NATIVE_S or more (kernel CPU time) against the fitted instruction curve at their
    sizes (the native ladder usually reaches sizes the counted one did not)."""
    points = [p for ladder in ladders if ladder.family == family for p in ladder.points
              if p.seconds and instructions_at(p.n) > 0]
    ratios = [min(p.seconds) / instructions_at(p.n) for p in points if min(p.seconds) >= MIN_NATIVE_S]
    if not ratios and points:  # a ladder settled early: its largest call, if not mostly overhead
        top = max(points, key=lambda p: p.n)
        if min(top.seconds) >= FALLBACK_NATIVE_S:
            ratios = [min(top.seconds) / instructions_at(top.n)]
    return statistics.median(ratios) if ratios else None


def _reference_seconds(problem: Problem, family: str, generators: Mapping[str, Generator], seed: int,
                       n: int) -> float | None:
    """One reference call at the limit on the family's first input; None over REFERENCE_CAP_S."""
    try:
        given = checked_generator(problem, family, generators[family])(n, input_rng(seed, family, n, 0))
        with ReferenceRunner(problem) as reference:
            answered, _, seconds = reference.timed_answer(given, REFERENCE_CAP_S)
    except (JudgeError, KeyError):
        return None
    return seconds if answered else None
