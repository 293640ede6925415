"""Fits per input family, and the family that speaks for the solution.

A problem's generator has several input families (random, sorted, adversarial); the
verdict and the report use the one on which the solution scales worst.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from judge.complexity.classes import ComplexityClass
from judge.complexity.counted_ladder import CountLadder, count_samples
from judge.complexity.fit import Assessment, Fit, Sample, assess, fit
from judge.complexity.measure import Ladder, SizePoint, beyond_traced, paced_seconds
from judge.complexity.yardstick import ReferenceCounts, against_reference

Axis = Literal["time", "space"]
SPACE_FLOOR_BYTES = 1024.0  # tracemalloc jitter of a call (frames, argument dicts): not growth
STATUS_ORDER = {"worse": 3, "inconclusive": 2, "ok": 1, "better": 0}
MIN_FIT_SIZES = 4  # fewer sizes cannot be assessed (judge.complexity.assess.MIN_SIZES)
KERNEL_VISIBLE_BYTES = 32 << 10  # below this the kernel's view of a call is mostly counting error
KERNEL_FIT_SIZES = 5  # the kernel's view is fitted on its own when it has this many sizes (two held out)
RANDOM_WORK_SPREAD = 1.5  # costliest / cheapest input of a size: the work is drawn at random
MIN_FALLBACK_CALL_S = 0.002  # native calls used in place of a too-short counted ladder take at least this
DOMINANT_SIZES = 4  # sizes two families must share before one is the other's expensive case ...
DOMINANT_SLACK = 1.02  # ... costing at least the other's costliest input at each, within this factor
PLATEAU_BYTES = 64  # leading sizes this close to the first size's space are one fixed phase's peak ...
PLATEAU_SIZES = 3  # ... when there are this many of them
PAST_PLATEAU_SIZES = 4  # sizes left to fit from the plateau's last on


@dataclass(frozen=True)
class FamilyResult:
    ladder: Ladder
    time_fit: Fit | None
    space_fit: Fit | None  # auxiliary space, or with the answer where the problem counts it
    total_space_fit: Fit | None = None  # with the answer, where space_fit is without it
    space_outside: bool = False  # space as the kernel saw it: memory outside Python's allocator


def family_fits(ladder: Ladder, counted: CountLadder | None, *, count_answer: bool = False,
                expected_time: ComplexityClass | None = None,
                reference: ReferenceCounts | None = None, timed: bool = True) -> FamilyResult:
    """Time from the counted ladder when there is one (instructions), else from the timed one
    (`timed` False: the solution was counted, and a family whose counting was skipped, once
    another proved it too slow, has no time class: its untimed calls' seconds must not
    speak for it); where the counts leave the expected class among others, the reference's
    counts on the same inputs may settle it (judge.complexity.yardstick).

    Space is tracemalloc's, unless at some size the kernel saw the call hold clearly more
    (`beyond_traced`: mmap, C malloc): then every size's space is the larger of the two
    views, so memory kept where tracemalloc cannot see it still counts."""
    time_fit = family_time_fit(ladder, counted, expected_time, reference, timed=timed)
    outside = any(beyond_traced(p.kernel_bytes, p.space_bytes or 0) for p in ladder.points)
    points = _kernel_view(ladder.points) if outside else ladder.points
    totals = [(p.n, p.seen_bytes if outside else p.space_bytes) for p in points]
    total = _space_fit(totals)
    if count_answer:
        return FamilyResult(ladder, time_fit, total, space_outside=outside)
    auxiliary = _space_fit([(p.n, None if t is None else max(t - p.answer_bytes, 0))
                            for p, (_, t) in zip(points, totals, strict=True)])
    return FamilyResult(ladder, time_fit, auxiliary, total, space_outside=outside)


def _kernel_view(points: Sequence[SizePoint]) -> Sequence[SizePoint]:
    """The sizes where the kernel's figure means something: its resident-size counters lag
    by up to 32 pages per CPU, so a few hundred KB read as 0 and small sizes would bend the
    curve. All sizes when too few are left to fit."""
    visible = [p for p in points if (p.kernel_bytes or 0) >= KERNEL_VISIBLE_BYTES]
    return visible if len(visible) >= KERNEL_FIT_SIZES else points


def family_time_fit(ladder: Ladder, counted: CountLadder | None, expected: ComplexityClass | None,
                    reference: ReferenceCounts | None = None, *, timed: bool = True) -> Fit | None:
    """The time fit alone (`_time_fit`), with the reference's counts as a yardstick where
    they are given and the counts leave the expected class among others; None for a
    family without counts where the solution was counted (`timed` False, see family_fits)."""
    if counted is None and not timed:
        return None
    fitted = _time_fit(ladder, counted, expected)
    if fitted is not None and counted is not None and expected is not None and reference \
            and fitted.kind == "instructions":
        return against_reference(fitted, expected, counted.points, reference)
    return fitted


def _time_fit(ladder: Ladder, counted: CountLadder | None, expected: ComplexityClass | None) -> Fit | None:
    """Counted instructions; where the counted ladder is too short to fit (an exponential
    solution passes the per-call cap within a few sizes) but the native ladder went
    further, the native ladder's CPU times (the kernel's, one call per size) instead.

    Those times include copying the input in, O(n): only where at least O(n) is expected
    can they never make a correct solution look slower than expected."""
    native = [Sample(p.n, seconds) for p, seconds in zip(ladder.points, paced_seconds(ladder.points), strict=True)
              if seconds]
    if counted is None:
        return fit(native, kind="time") if len(native) >= 2 else None
    # Untimed, a size's time is one call with its request around it (~0.1 ms): only calls
    # well above that say how the solution grows, else the overhead reads as O(1).
    slow = [s for s in native if min(s.values) >= MIN_FALLBACK_CALL_S]
    linear_expected = expected is not None and expected.degree >= 1
    if linear_expected and len(counted.points) < MIN_FIT_SIZES and len(slow) >= MIN_FIT_SIZES:
        return fit(slow, kind="time")
    samples = count_samples(counted.points)
    return fit(samples, kind="instructions") if len(samples) >= 2 else None


def _space_fit(points: Sequence[tuple[int, int | None]]) -> Fit | None:
    samples = [Sample(n, (float(value),)) for n, value in points if value is not None]
    return space_fit(samples) if len(samples) >= 2 else None


def space_fit(samples: Sequence[Sample]) -> Fit:
    """The space class of one value per size, from the last size of a leading plateau on."""
    return fit(past_plateau(samples), kind="space", floor=SPACE_FLOOR_BYTES)


def past_plateau(samples: Sequence[Sample]) -> Sequence[Sample]:
    """A call's space is its peak, the largest of its phases: at small n a fixed phase (a
    frame, a small table) can outweigh the growing one, and the peak stays on a plateau
    until the growing phase passes it. Those sizes say only that the growing phase is below
    the plateau there; fitted as its values, they bent an 8n + 600 byte list (which read
    860 bytes up to n = 32) into O(n log n). The plateau's last size stays: it marks where
    growth begins. Only where growth then clearly shows, on enough sizes to fit."""
    first = samples[0].values[0] if samples else 0.0
    end = 0
    while end + 1 < len(samples) and abs(samples[end + 1].values[0] - first) <= PLATEAU_BYTES:
        end += 1
    rest = samples[end:]
    if end + 1 < PLATEAU_SIZES or len(rest) < PAST_PLATEAU_SIZES \
            or max(s.values[0] for s in rest) - first <= SPACE_FLOOR_BYTES:
        return samples
    return rest


def random_work(fitted: Fit) -> bool:
    """Whether the inputs of one size cost very differently (the work is drawn at random):
    in the upper half of the sizes, the costliest input of a size typically costs
    RANDOM_WORK_SPREAD times the cheapest. Exact counts of inputs of equal work differ by a
    few percent, timed repeats by a busy core's slowdown."""
    spreads = sorted(max(s.values) / min(s.values) for s in fitted.samples[len(fitted.samples) // 2:]
                     if len(s.values) > 1 and min(s.values) > 0)
    return bool(spreads) and spreads[len(spreads) // 2] >= RANDOM_WORK_SPREAD


def costs_at_least(full: Fit, drawn: Fit) -> bool:
    """Whether one family's cheapest input costs at least another's costliest at every size
    both measured (DOMINANT_SIZES or more, within DOMINANT_SLACK): it is that family's
    expensive case (two_sum's pair at the end, against a pair at a random place), whose
    class is measured rather than averaged over a spread of draws."""
    costliest: dict[int, float] = {}
    cheapest: dict[int, float] = {}
    for sample in drawn.samples:
        costliest[sample.n] = max(costliest.get(sample.n, -math.inf), *sample.values)
    for sample in full.samples:
        cheapest[sample.n] = min(cheapest.get(sample.n, math.inf), *sample.values)
    common = set(costliest) & set(cheapest)
    return len(common) >= DOMINANT_SIZES and all(costliest[n] <= cheapest[n] * DOMINANT_SLACK for n in common)


def yields(results: Sequence[FamilyResult], axis: Axis) -> list[bool]:
    """Per family: whether its inputs draw the work at random and another family, whose work
    is not random, costs at least its costliest draw at every size both measured. That
    family is its expensive case and speaks for it (where it is not confirmed slower)."""
    fits = [_axis_fit(result, axis) for result in results]
    drawn = [_drawn(result, fitted) for result, fitted in zip(results, fits, strict=True)]
    return [drawn[i] and fitted is not None and any(not drawn[j] and other is not None and costs_at_least(other, fitted)
                                                    for j, other in enumerate(fits) if j != i)
            for i, fitted in enumerate(fits)]


def _axis_fit(result: FamilyResult, axis: Axis) -> Fit | None:
    return result.time_fit if axis == "time" else result.space_fit


def _drawn(result: FamilyResult, fitted: Fit | None) -> bool:
    """Whether the family's work is drawn at random; space has one (worst) value per size,
    so there the family's time says so."""
    return fitted is not None and (random_work(fitted) or (result.time_fit is not None
                                                            and random_work(result.time_fit)))


def worst_family(results: Sequence[FamilyResult], axis: Axis, expected: ComplexityClass
           ) -> tuple[FamilyResult, Fit | None, Assessment | None]:
    """The family the verdict and the report use: the worst status first, then the family
    whose class is surely highest (its lowest plausible class), then the one that may be
    highest (sorting sorted input is O(n), random input "O(n) or O(n log n)": the random
    one; not a family that may be higher only through the spread of its inputs' work, nor
    one whose costliest inputs another family's cheapest always match: its expensive case
    speaks), then the clearest answer.

    Not simply the highest best fit: when every family is "O(n) or O(n log n)", that is
    the largest of several coin flips, higher than any one family's answer and less
    stable from run to run.
    """
    fits = [_axis_fit(result, axis) for result in results]
    drawn = [_drawn(result, fitted) for result, fitted in zip(results, fits, strict=True)]
    yielding = yields(results, axis)
    scored: list[tuple[tuple[int, int, int, float, int, str], FamilyResult, Fit | None, Assessment | None]] = []
    for i, (result, fitted) in enumerate(zip(results, fits, strict=True)):
        assessment = assess(fitted, expected) if fitted is not None else None
        status = STATUS_ORDER[assessment.status] if assessment else -1
        # (unless it is confirmed slower: "inconclusive" from a spread is no evidence)
        if yielding[i] and status < STATUS_ORDER["worse"]:
            key = (-2, -1, -1, 0.0, -1, result.ladder.family)
        elif fitted is None:
            key = (status, -1, -1, 0.0, -1, result.ladder.family)
        else:
            lowest, highest = fitted.plausible[0], fitted.plausible[-1]  # plausible is in rank order
            # A family whose inputs draw the work at random (two_sum's pair at a random place)
            # may look higher only through its spread: the expensive case speaks instead.
            may_be = lowest if drawn[i] else highest
            key = (status, lowest.rank, may_be.rank, fitted.confidence, fitted.best.rank, result.ladder.family)
        scored.append((key, result, fitted, assessment))
    _, result, fitted, assessment = max(scored, key=lambda item: item[0])
    return result, fitted, assessment
