"""Work the count did not see: CPU seconds per counted instruction that keep rising with n.

Callgrind counts what Valgrind's JIT runs; a function run through Valgrind's NON_SIMD_CALL
client request runs on the real CPU and counts nothing, and natively the same solution
cannot map machine code, so it does the work in Python. Its native calls then cost more
and more per counted instruction as n grows. Honest code keeps that ratio within what
caches do (measured: at most 2x over 5 doublings on the bundled solutions).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from judge.complexity.counted_ladder import CountLadder
from judge.complexity.fit import Sample, fit
from judge.complexity.measure import Ladder, paced_seconds

MIN_CALL_S = 0.0002  # shorter native calls are mostly request overhead (which only lowers a rise)
MAX_REACH = 16.0  # native sizes at most this far beyond the counted ladder's top (its curve's reach)
MIN_SPAN = 4.0  # the calls compared are at least this far apart in n
RISE = 4.0  # seconds per instruction rising this much: more than caches do (2x measured)
MIDDLE_RISE = 1.5  # ... and already rising at the size before the largest (not one odd call)


@dataclass(frozen=True)
class Rise:
    """Native CPU seconds per counted instruction at to_n over the same at from_n."""

    factor: float
    from_n: int
    to_n: int
    family: str


def uncounted_rise(ladders: Sequence[Ladder], counted: Sequence[CountLadder]) -> Rise | None:
    """The first family whose CPU time per counted instruction rises past RISE, if any."""
    by_family = {c.family: c for c in counted}
    for ladder in ladders:
        count = by_family.get(ladder.family)
        rise = _family_rise(ladder, count) if count is not None else None
        if rise is not None and rise.factor >= RISE:
            return rise
    return None


def _family_rise(ladder: Ladder, counted: CountLadder) -> Rise | None:
    """Seconds per instruction of the largest native call over the lowest such figure at a
    quarter of its size or less; the counted curve gives the instructions at native sizes.

    Only where the count grows at least linearly: a native call also copies its input in,
    O(n), which a sublinear count (binary search) cannot keep pace with."""
    samples = [Sample(p.n, tuple(float(c) for c in p.instructions)) for p in counted.points if p.instructions]
    if len(samples) < 2:
        return None
    curve = fit(samples, kind="instructions")
    if curve.best.degree < 1:
        return None
    best = next(c for c in curve.candidates if c.cls == curve.best)
    # The native call is input 0's; where that input was counted, its own count (inputs that
    # draw their work at random differ from the curve through the mean).
    exact = {p.n: float(p.instructions[0]) for p in counted.points if p.instructions}
    reach = counted.points[-1].n * MAX_REACH
    ratios = []
    for p, seconds in zip(ladder.points, paced_seconds(ladder.points), strict=True):
        instructions = exact.get(p.n, float(best.predict(p.n)))
        if seconds and min(seconds) >= MIN_CALL_S and p.n <= reach and instructions > 0:
            ratios.append((p.n, min(seconds) / instructions))
    if len(ratios) < 3:
        return None
    (_, middle), (last_n, last) = ratios[-2], ratios[-1]
    below = [(r, n) for n, r in ratios if n * MIN_SPAN <= last_n]
    if not below:
        return None
    first, first_n = min(below)
    if middle < first * MIDDLE_RISE:
        return None
    return Rise(last / first, first_n, last_n, ladder.family)
