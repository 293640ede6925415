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

    Always checked: each answer list's smallest size. Then answers from measured runs
    (every counted answer, for every input: a solution must not answer otherwise when it is
    counted), then the other sizes, largest first, each while the reference can answer it in
    the budget that is left: a reference that is itself O(n) cannot check n = 10^8 in a 15 s
    budget, and an exponential one cannot check every counted size (it was killed after 20 s
    of CPU at the top of a counted ladder and the problem called broken).
    """
    checker = checker_for(problem)
    with ReferenceRunner(problem) as reference:
        for family, checks in answers:
            if not checks:
                continue
            inputs = {c.n: c.input for c in checks}  # one input per size: one reference run
            first = min(inputs)
            expected_at = {first: reference.answer(inputs[first])}
            measured = sorted({c.n for c in checks if c.measured} - {first})
            others = sorted(set(inputs) - set(measured) - {first}, reverse=True)
            for n in [*measured, *others]:
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
