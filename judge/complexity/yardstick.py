"""The reference as a yardstick: the solution's counts over the reference's, input by input.

Where the counts alone leave two neighbouring classes open ("O(n) or O(n log n)"), the
cause is often the data rather than the algorithm: a monotonic deque over values from a
fixed range pops more duplicates as n grows, so its cost per item rises by a third over
seven doublings, and the reference's does too on the same inputs. A solution whose count
keeps a flat ratio to the reference's, neither rising nor falling, grows as the reference
does: its class is the expected one (the reference's, which `judge verify` checks).

The other way round, a ratio that rises at every doubling, and by more each time, is a
higher power of n than the reference's: a log factor's rise shrinks (10/9, 11/10, ...) and
one of CPython's steps rises once. An insort loop (O(n^2), its memmove hidden under the
Python around it to n ~ 4,096) reads "O(n log n) or O(n^2)" on the curves alone, its ratio
to a heap reference rises 1.25, 1.36, 1.53 over the top three doublings: the expected
class is then out. Any other ratio leaves the fit as it was.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import pairwise

from judge.complexity.classes import CONSTANT, ComplexityClass
from judge.complexity.counted_ladder import CountPoint, count_samples
from judge.complexity.fit import Fit, Sample, fit

MIN_N = 256  # smaller calls are mostly the two functions' fixed costs, which differ
MIN_SIZES = 5  # sizes at or above MIN_N that both counted
MIN_SPAN = 16.0  # ... spanning at least this factor of n

OUTGROW_SIZES = 4  # the top sizes whose ratios must rise at every doubling ...
OUTGROW_RISE = 1.2  # ... by at least this factor each, and by no less than the doubling before

MAX_SPREAD = 1.15  # the inputs of one size keep their ratios within this factor of each other
MAX_DRIFT = 1.25  # ... and the sizes theirs (a log factor over 16x in n: 1.5x at least)

ReferenceCounts = Mapping[int, tuple[int, ...]]  # n -> the reference's count per input index


def ratio_samples(points: Sequence[CountPoint], reference: ReferenceCounts) -> list[Sample]:
    """The solution's count over the reference's for each input both counted, by size."""
    samples = []
    for point in points:
        theirs = reference.get(point.n, ())
        ratios = tuple(mine / max(ref, 1) for mine, ref in zip(point.instructions, theirs, strict=False))
        if point.n >= MIN_N and ratios:
            samples.append(Sample(point.n, ratios))
    return samples


def grows_like_reference(points: Sequence[CountPoint], reference: ReferenceCounts) -> bool:
    """Whether the ratio to the reference is flat: tight within each size (where one
    function stops at a randomly planted pair and the other sorts everything, the ratios
    of a size scatter 1.5 to 11 and no trend is significant), within MAX_DRIFT over the
    sizes, and O(1) alone whether the solution's count is divided by the reference's or
    the reference's by the solution's (a falling ratio is a solution growing slower, as a
    radix sort beside sorted())."""
    samples = ratio_samples(points, reference)
    if len(samples) < MIN_SIZES or samples[-1].n < MIN_SPAN * samples[0].n or not _tight(samples):
        return False
    inverse = [Sample(s.n, tuple(1.0 / max(v, 1e-12) for v in s.values)) for s in samples]
    return all(_flat(fit(ratios, kind="instructions")) for ratios in (samples, inverse))


def may_stay_flat(points: Sequence[CountPoint], reference: ReferenceCounts) -> bool:
    """Whether the sizes counted so far still pass the spread and drift tests: one that
    fails them fails with more sizes too, so the reference's counting can stop (a radix
    sort beside sorted() is out after two cheap sizes, not after the costliest)."""
    return _tight(ratio_samples(points, reference))


def outgrows_reference(points: Sequence[CountPoint], reference: ReferenceCounts) -> bool:
    """Whether the ratio to the reference rises steadily over its top OUTGROW_SIZES sizes
    (consecutive doublings, each size's inputs within MAX_SPREAD of each other): by
    OUTGROW_RISE at least at every doubling, and by more each time."""
    samples = ratio_samples(points, reference)[-OUTGROW_SIZES:]
    if len(samples) < OUTGROW_SIZES or any(b.n != 2 * a.n for a, b in pairwise(samples)) or _scattered(samples):
        return False
    rises = [b / a for a, b in pairwise(_levels(samples))]
    return min(rises) >= OUTGROW_RISE and all(b >= a for a, b in pairwise(rises))


def may_outgrow(points: Sequence[CountPoint], reference: ReferenceCounts) -> bool:
    """Whether the sizes counted so far still allow `outgrows_reference` at the top: each
    size's inputs agree and the ratio has not fallen (the reference's counting goes on)."""
    samples = ratio_samples(points, reference)
    return not _scattered(samples) and all(b >= a for a, b in pairwise(_levels(samples)))


def _tight(samples: Sequence[Sample]) -> bool:
    if _scattered(samples):
        return False  # the inputs of a size cost the two differently: a drawn work decides, not growth
    levels = _levels(samples)
    return not levels or max(levels) <= MAX_DRIFT * min(levels)


def _scattered(samples: Sequence[Sample]) -> bool:
    return any(max(s.values) > MAX_SPREAD * min(s.values) for s in samples)


def _levels(samples: Sequence[Sample]) -> list[float]:
    return [sum(s.values) / len(s.values) for s in samples]


def _flat(fitted: Fit) -> bool:
    return fitted.best == CONSTANT and fitted.plausible == (CONSTANT,)


def left_open(fitted: Fit, expected: ComplexityClass) -> bool:
    """Whether the counts leave the expected class among others: plausible, or within the
    wider margin that keeps it (`Fit.contenders`), but not the answer alone."""
    return expected in (*fitted.plausible, *fitted.contenders) and fitted.plausible != (expected,)


def as_reference(fitted: Fit, expected: ComplexityClass) -> Fit:
    """The fit with the expected class as its answer, where the counts left it open and the
    ratio to the reference is flat (the fitted curves stay for the report's plot)."""
    if not left_open(fitted, expected):
        return fitted
    return replace(fitted, best=expected, plausible=(expected,), contenders=(expected,), like_reference=True)


def beyond_reference(fitted: Fit, expected: ComplexityClass, reference_fit: Fit) -> Fit:
    """The fit without the expected class and those below it, where the counts left it open
    above a higher best class, the ratio to the reference outgrows it, and the reference's
    own counts read as the expected class (a reference better than its problem expects
    would make any solution of the expected class outgrow it)."""
    if not left_open(fitted, expected) or fitted.best <= expected \
            or expected not in (*reference_fit.plausible, *reference_fit.contenders):
        return fitted
    above = tuple(c for c in fitted.plausible if c > expected)
    return replace(fitted, plausible=above, contenders=tuple(c for c in fitted.contenders if c > expected),
                   beyond_reference=True)


def against_reference(fitted: Fit, expected: ComplexityClass, points: Sequence[CountPoint],
                      reference: ReferenceCounts) -> Fit:
    """The fit as the reference's counts on the same inputs leave it: named the expected
    class by a flat ratio, rid of it by a steadily rising one, else as it was."""
    if grows_like_reference(points, reference):
        return as_reference(fitted, expected)
    if outgrows_reference(points, reference):
        own = count_samples([CountPoint(n, counts) for n, counts in sorted(reference.items())])
        return beyond_reference(fitted, expected, fit(own, kind="instructions"))
    return fitted
