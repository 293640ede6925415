"""A solution that cannot be measured because its smallest sizes already cost too much.

Without this, a solution slow enough (or made slow on purpose) at the first sizes of a
ladder leaves too few points to fit, and "too few sizes" would let it pass. The reference
is the yardstick: run on the same input, it shows whether the size itself is costly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from judge.complexity.measure import Ladder, Settings, input_rng
from judge.judging.decide import too_slow_to_measure
from judge.judging.reference import ReferenceRunner
from judge.problem.generators import Generator, checked_generator
from judge.problem.model import Problem
from judge.report import CaseResult

MIN_POINTS = 4  # a ladder with fewer points cannot be fitted (see judge.complexity.assess)


def unmeasurable_case(problem: Problem, ladders: Sequence[Ladder], generators: Mapping[str, Generator],
                      seed: int) -> CaseResult | None:
    """A too_slow case for the first family whose ladder stopped early on a call that passed the
    cap at a size the reference answers many times faster; None when there is none."""
    cap_s = Settings().call_cap_s * 2  # the probe's own limit (judge.complexity.measure)
    short = [ladder for ladder in ladders if len(ladder.points) < MIN_POINTS and ladder.too_costly_at is not None]
    if not short:
        return None
    with ReferenceRunner(problem) as reference:
        for ladder in short:
            n = ladder.too_costly_at
            assert n is not None
            given = checked_generator(problem, ladder.family, generators[ladder.family])(
                n, input_rng(seed, ladder.family, n, 0))
            answered, _, seconds = reference.timed_answer(given, cap_s)
            judgement = too_slow_to_measure(n, cap_s, seconds) if answered else None
            if judgement is not None:
                return CaseResult(name=f"{ladder.family} n={n}", group="scale", verdict=judgement.verdict,
                                  reason=judgement.reason, input=given, n=n, family=ladder.family)
    return None
