"""When a counted ladder may stop early: its sizes already decide the time class.

Counted instructions are exact, so once a family's fit is unambiguous at sizes large
enough for hidden terms to show, further doublings cost seconds and change nothing. A
ladder still open (inconclusive, or several plausible classes at small sizes) goes on to
its caps as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from judge.complexity.assess import assess
from judge.complexity.classes import ComplexityClass
from judge.complexity.counted_ladder import CountPoint
from judge.complexity.fit import Sample, fit

SETTLE_SIZES = 6  # a fit on fewer sizes is never final
SETTLE_SPAN = 32.0  # n_max / n_min at least this
# One call's instructions before "as expected" is final: a hidden quadratic term (memmove
# of a list per operation, n/4 to n/16 instructions beside ~500 of Python per item) has
# overtaken the linear part by then.
SETTLE_INSTRUCTIONS = 10_000_000
# ... and before an answer of several plausible classes ("O(n) or O(n log n)") is final:
# beyond it more doublings rarely separate neighbours and cost seconds each.
SETTLE_AMBIGUOUS_INSTRUCTIONS = 50_000_000


def settled(points: Sequence[CountPoint], expected: ComplexityClass) -> bool:
    """True when the counted sizes so far decide the family's time against `expected`:
    confirmed slower, or as expected (or better) at a large enough call."""
    if len(points) < SETTLE_SIZES or points[-1].n / max(points[0].n, 1) < SETTLE_SPAN:
        return False
    samples = [Sample(p.n, tuple(float(c) for c in p.instructions)) for p in points]
    fitted = fit(samples, kind="instructions")
    status = assess(fitted, expected).status
    if status == "worse":
        return True
    largest = max(points[-1].instructions)
    if status not in ("ok", "better") or largest < SETTLE_INSTRUCTIONS:
        return False
    return len(fitted.plausible) == 1 or largest >= SETTLE_AMBIGUOUS_INSTRUCTIONS
