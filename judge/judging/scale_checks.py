"""Answers at ladder sizes, checked against the reference's.

Tests are small; the ladders run the solution on inputs up to the problem's max_n, and a
solution that is right on the tests can still be wrong there (an overflow, a missed case
only large inputs reach), or answer differently when it is being measured.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from judge.complexity.measure import Check
from judge.judging.correctness import checker_for, run_check
from judge.judging.decide import wrong_at_scale
from judge.judging.reference import ReferenceRunner
from judge.problem.model import Problem
from judge.report import CaseResult


def check_at_scale(problem: Problem, answers: Sequence[tuple[str, Sequence[Check]]], deadline: float
                    ) -> CaseResult | None:
    """Compare answers on ladder inputs with the reference's.

    Always checked: answers from measured runs that differed from the probe's (a solution
    must not skip work when it is being timed) and each family's smallest size. Then the
    other sizes, largest first, each while the reference can answer it in the budget
    that is left: a reference that is itself O(n) cannot check n = 10^8 in a 15 s
    budget, and waiting for it would break the budget (measured: 19.3 s).
    """
    checker = checker_for(problem)
    with ReferenceRunner(problem) as reference:
        for family, checks in answers:
            if not checks:
                continue
            inputs = {c.n: c.input for c in checks}  # one input per size: one reference run
            required = {checks[0].n} | {c.n for c in checks if c.measured}
            expected_at = {n: reference.answer(inputs[n]) for n in sorted(required)}
            for n in sorted(set(inputs) - required, reverse=True):
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                answered, value = reference.answer_within(inputs[n], left / 2)  # half: leave some for smaller n
                if answered:
                    expected_at[n] = value
            for check in checks:
                if check.n not in expected_at:
                    continue
                result = run_check(problem, checker, check.input, expected_at[check.n], check.answer)
                if not result.ok:
                    judgement = wrong_at_scale(result, check.n, measured=check.measured)
                    return CaseResult(
                        name=f"{family} n={check.n}", group="scale", verdict=judgement.verdict,
                        reason=judgement.reason,
                        input=check.input, expected=expected_at[check.n], actual=check.answer, n=check.n,
                        family=family,
                    )
    return None
