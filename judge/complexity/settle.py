"""When a counted ladder may stop early: its sizes already decide the time class.

Counted instructions are exact, so once a family's fit is unambiguous at sizes large
enough for hidden terms to show, further doublings cost seconds and change nothing. A
ladder still open (inconclusive, several plausible classes at small sizes, sizes too small
for a hidden higher term to show) goes on to its caps as before.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from judge.complexity.assess import assess
from judge.complexity.classes import ComplexityClass
from judge.complexity.counted_ladder import CountPoint, count_samples
from judge.complexity.families import space_fit
from judge.complexity.fit import Fit, Sample, fit
from judge.complexity.measure import SizePoint
from judge.complexity.profiles import PLAUSIBLE_MARGIN

SETTLE_SIZES = 6  # a fit on fewer sizes is never final
SETTLE_SPAN = 32.0  # n_max / n_min at least this
SETTLE_INSTRUCTIONS = 4_000_000  # one call's instructions before "as expected" is final ...
SETTLE_N = 16_384  # ... or this n (2,048x the usual smallest size): a cheap or sublinear call
# never reaches the count, and copying its inputs into Valgrind costs more than counting
# (32,768 cost about 0.45 s a family and changed no class in the saved corpus runs)
# ... and before an answer of several plausible classes ("O(n) or O(n log n)") is final
# (or SETTLE_N):
# beyond it more doublings rarely separate neighbours and cost seconds each.
SETTLE_AMBIGUOUS_INSTRUCTIONS = 64_000_000
# A term one degree above the expected class, hidden at small n: memory moved on every
# operation. A list's pointers (insert(0, x), pop(0), insort) move at about 1.5 bytes an
# instruction under Valgrind (measured: 1,000 insert(0)/pop(0) pairs on a 100,000-item
# list count 1.05G), so about n instructions an operation; a string's bytes (s = s[:-1],
# prepending) 8x fewer bytes an item, and short copies go faster. Next to c instructions
# of Python an item such a term leads once n >= c to 32c, so "as expected" waits until
# n^(d+1) is this many times a call's count (d the expected degree).
HIDDEN_TERM_RATIO = 32.0
# ... unless the counts themselves rule such a term out: solved through the last three sizes
# as K + c g(n) + a n^(d+1), a term of strength a moves at least 1/32 instruction an item
# an operation (the slowest above: a vectorised scan; copies of 512 bytes and more count a
# byte an instruction under the counting worker's glibc tunables); where the counts leave
# a below 1/16 of that, they settle from n^(d+1) >= HIDDEN_TERM_FLOOR x a call's count,
# where a 1/32 term would be an eighth of the count. (A string stack's in-place += read
# a = 0.013 below n = 16,384 and jumped to 0.18 above it: a strength between the two
# regimes, not only zero, has to block; 1/512 sits 6x below the lower one.)
HIDDEN_TERM_STRENGTH = 1 / 512
HIDDEN_TERM_FLOOR = 4.0
# A ladder confirmed slower names its class before a 64M-instruction call where that class
# alone is plausible and its basis explains the top three sizes: their counts over g(n)
# agree within this factor. (A C-level scan on an O(log n) problem counts 250 an item:
# 64M is n = 262,144, and copying such inputs into Valgrind took 11-12 s; a true O(n)
# read O(n log n) would drift 17% over those sizes.)
TOP_AGREEMENT = 1.02


def settled(points: Sequence[CountPoint], expected: ComplexityClass) -> bool:
    """True when the counted sizes so far decide the family's time against `expected` and
    name its class: confirmed slower, or as expected (or better) at sizes where a hidden
    higher term would show; with one plausible class, or several at a large call."""
    if len(points) < SETTLE_SIZES or points[-1].n / max(points[0].n, 1) < SETTLE_SPAN:
        return False
    fitted = _counted_fit(points)
    status = assess(fitted, expected).status
    largest, n = max(points[-1].instructions), points[-1].n
    clear = len(fitted.plausible) == 1 or largest >= SETTLE_AMBIGUOUS_INSTRUCTIONS or n >= SETTLE_N
    if largest < SETTLE_INSTRUCTIONS and n < SETTLE_N:
        return False  # CPython's steps (small ints, pymalloc) still bend a fit on small calls
    if status == "worse":  # the verdict is known; the class the report names needs a large call
        return largest >= SETTLE_AMBIGUOUS_INSTRUCTIONS or (
            len(fitted.plausible) == 1 and top_agrees(points[-3:], fitted.best))
    if status not in ("ok", "better") or expected.exponential:
        return False
    # The hidden term sits a degree above the class measured where that is lower than
    # expected (but at least linear): a bit-parallel O(n^2) reads O(n log n) while its
    # C-level n^2 is still below the Python loop around it.
    degree = min(expected.degree, max(fitted.best.degree, 1.0))
    reach = float(n) ** (degree + 1) / largest
    if reach < HIDDEN_TERM_RATIO and not (
            reach >= HIDDEN_TERM_FLOOR and status == "ok" and fitted.best == expected
            and hidden_strength(points[-3:], expected) < HIDDEN_TERM_STRENGTH):
        return False
    return clear


def hidden_strength(points: Sequence[CountPoint], cls: ComplexityClass) -> float:
    """The largest a that the counts at three sizes allow in K + c g(n) + a n^(d+1), g the
    basis of `cls` and d its degree: each size's counts span an interval, and a is linear
    in them, so its largest value takes each size's bound on the side that raises it.
    Infinite where the three sizes cannot tell the terms apart."""
    if len(points) < 3:
        return math.inf
    ns = np.array([p.n for p in points], dtype=np.float64)
    design = np.column_stack([np.ones(3), cls.basis(ns), ns ** (cls.degree + 1)])
    if not np.all(np.isfinite(design)) or abs(np.linalg.det(design / design.max(axis=0))) < 1e-9:
        return math.inf
    weights = np.linalg.inv(design)[2]
    return float(sum(w * (max(p.instructions) if w > 0 else min(p.instructions))
                     for w, p in zip(weights, points, strict=True)))


def top_agrees(points: Sequence[CountPoint], cls: ComplexityClass) -> bool:
    """Whether the sizes' mean counts over the basis of `cls` agree within TOP_AGREEMENT."""
    ns = np.array([p.n for p in points], dtype=np.float64)
    levels = np.array([sum(p.instructions) / len(p.instructions) for p in points]) / cls.basis(ns)
    return bool(np.all(np.isfinite(levels) & (levels > 0))) and levels.max() <= TOP_AGREEMENT * levels.min()


def confirmed_slower(points: Sequence[CountPoint], expected: ComplexityClass) -> bool:
    """A finished ladder that is slower than expected: the verdict is then too_slow whatever
    the other input families show, and they need not be counted. A ladder the per-call cap
    ended is as final as a settled one (an O(n^3) ladder capped at n = 76 has five sizes)."""
    return assess(_counted_fit(points), expected).status == "worse"


def _counted_fit(points: Sequence[CountPoint]) -> Fit:
    """On the wider plausibility margin: fewer sizes must not end a ladder on a thin answer."""
    return fit(count_samples(points), kind="instructions", margin=PLAUSIBLE_MARGIN)


SPACE_SETTLE_N = 4096  # the largest size before a space answer is final
# ... and a call of this many CPU seconds (or n this large): the prediction at the problem's
# limit converts counted instructions to seconds with the native calls that take as long
SPACE_SETTLE_CALL_S = 0.002
SPACE_SETTLE_LONG_N = 16_384
SPACE_SLOPE_SLACK = 0.25  # the last step's log-log slope may pass its class's by this much


def space_settled(points: Sequence[SizePoint], expected: ComplexityClass, *, count_answer: bool) -> bool:
    """True when an untimed native ladder (answers and memory, beside counting) has sizes
    enough for its space class: one plausible class, judged as on the whole ladder."""
    values = [(p.n, p.space_bytes if count_answer else p.auxiliary_bytes) for p in points]
    samples = [Sample(n, (float(v),)) for n, v in values if v is not None]
    if len(samples) < SETTLE_SIZES or samples[-1].n < SETTLE_SPAN * samples[0].n or samples[-1].n < SPACE_SETTLE_N:
        return False
    last = points[-1]
    if (not last.seconds or min(last.seconds) < SPACE_SETTLE_CALL_S) and last.n < SPACE_SETTLE_LONG_N:
        return False
    fitted = space_fit(samples)
    if _outgrows(samples[-2:], fitted.best):
        return False
    return len(fitted.plausible) == 1 and assess(fitted, expected).status != "inconclusive"


def _outgrows(last_two: Sequence[Sample], cls: ComplexityClass) -> bool:
    """Whether the last step grew faster than `cls` can (by SPACE_SLOPE_SLACK in log-log
    slope): a fixed overhead flattens a curve's small sizes, so an O(n) structure beside
    3 KB of frames reads O(sqrt n) up to n = 16,384 and rises at nearly its own slope only
    at the top. Its class is not final while the top still outgrows it."""
    (n0, (v0, *_)), (n1, (v1, *_)) = ((s.n, s.values) for s in last_two)
    if cls.exponential or v0 <= 0 or v1 <= v0:
        return False
    grown = math.log(v1 / v0) / math.log(n1 / n0)
    allowed = float(cls.log_basis(n1) - cls.log_basis(n0)) / math.log(n1 / n0)
    return grown > allowed + SPACE_SLOPE_SLACK
