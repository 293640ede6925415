"""The reference as a yardstick: the solution's counts over the reference's, input by input.

Where the counts alone leave two neighbouring classes open ("O(n) or O(n log n)"), the
cause is often the data rather than the algorithm: a monotonic deque over values from a
fixed range pops more duplicates as n grows, so its cost per item rises by a third over
seven doublings, and the reference's does too on the same inputs. A solution whose count
keeps a flat ratio to the reference's, neither rising nor falling, grows as the reference
does: its class is the expected one (the reference's, which `judge verify` checks). Any
other ratio leaves the fit as it was.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from judge.complexity.classes import CONSTANT, ComplexityClass
from judge.complexity.counted_ladder import CountPoint
from judge.complexity.fit import Fit, Sample, fit

MIN_N = 256  # smaller calls are mostly the two functions' fixed costs, which differ
MIN_SIZES = 5  # sizes at or above MIN_N that both counted
MIN_SPAN = 16.0  # ... spanning at least this factor of n

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


def _tight(samples: Sequence[Sample]) -> bool:
    if any(max(s.values) > MAX_SPREAD * min(s.values) for s in samples):
        return False  # the inputs of a size cost the two differently: a drawn work decides, not growth
    levels = [sum(s.values) / len(s.values) for s in samples]
    return not levels or max(levels) <= MAX_DRIFT * min(levels)


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
