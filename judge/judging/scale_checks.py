"""Answers at ladder sizes, checked against the reference's.

Tests are small; the ladders run the solution on inputs up to the problem's max_n, and a
solution that is right on the tests can still be wrong there (an overflow, a missed case
only large inputs reach), or answer differently when it is being measured.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass

from judge.complexity.measure import Check
from judge.judging.correctness import checker_for, run_check
from judge.judging.decide import wrong_at_scale
from judge.judging.reference import ReferenceRunner
from judge.problem.model import Problem
from judge.report import CaseResult

SCALE_CHECK_MIN_S = 1.5  # seconds the reference always has to check answers at scale


@dataclass(frozen=True)
class ScaleCheck:
    """The first wrong answer at scale, if any, and the (family, n) whose answers the
    reference could not check in time: their costs may only count against the solution."""

    failure: CaseResult | None = None
    unchecked: frozenset[tuple[str, int]] = frozenset()


def check_at_scale(problem: Problem, answers: Sequence[tuple[str, Sequence[Check]]], until: float,
                   stop: threading.Event | None = None) -> ScaleCheck:
    """Compare answers on ladder inputs with the reference's, until the monotonic time
    `until` but for at least SCALE_CHECK_MIN_S even when measuring used the whole budget:
    sizes left unchecked are set aside, and a solution must not be able to empty its
    ladders by spending the budget.

    Always checked: each answer list's smallest size. Then the other sizes, smallest first
    (every counted answer, for every input: a solution must not answer otherwise when it is
    counted), until the reference cannot answer one in half the budget that is left: a
    reference that is itself O(n) cannot check n = 10^8 in a 15 s budget, and an exponential
    one cannot check every counted size (it was killed after 20 s of CPU at the top of a
    counted ladder and the problem called broken). Smallest first leaves the sizes that
    could not be checked at the top, where the caller can set them aside. `stop` (set when
    measuring ended abnormally) leaves the sizes not yet reached unchecked.
    """
    deadline = max(until, time.monotonic() + SCALE_CHECK_MIN_S)
    checker = checker_for(problem)
    unchecked: set[tuple[str, int]] = set()
    with ReferenceRunner(problem) as reference:
        for family, checks in answers:
            if not checks:
                continue
            inputs = {c.n: c.input for c in checks}  # one input per size: one reference run
            first = min(inputs)
            expected_at = {first: reference.answer(inputs[first])}
            for n in sorted(set(inputs) - {first}):
                left = deadline - time.monotonic()
                if left <= 0 or (stop is not None and stop.is_set()):
                    break
                answered, value = reference.answer_within(inputs[n], left / 2)
                if not answered:
                    break  # larger sizes cost the reference more still
                expected_at[n] = value
            for check in checks:
                if check.n not in expected_at:
                    unchecked.add((family, check.n))
                    continue
                result = run_check(problem, checker, check.input, expected_at[check.n], check.answer)
                if not result.ok:
                    judgement = wrong_at_scale(result, check.n, measured=check.measured)
                    return ScaleCheck(CaseResult(
                        name=f"{family} n={check.n}", group="scale", verdict=judgement.verdict,
                        reason=judgement.reason,
                        input=check.input, expected=expected_at[check.n], actual=check.answer, n=check.n,
                        family=family,
                    ))
    return ScaleCheck(unchecked=frozenset(unchecked))


def merged(first: ScaleCheck, then: ScaleCheck) -> ScaleCheck:
    """Two checks of different answers as one: the first's failure first, every unchecked size."""
    return ScaleCheck(first.failure or then.failure, first.unchecked | then.unchecked)
