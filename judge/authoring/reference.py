"""Whether the reference passes every test and meets the complexity problem.toml declares.

The judge trusts the reference for every expected answer and every class verdict, so a
reference that fails or is slower than declared makes every other result meaningless.
"""

from __future__ import annotations

from pathlib import Path

from judge.authoring.run import VerifyRun, relative_name
from judge.problem.model import Problem
from judge.report import Report
from judge.reports.phrases import axis_message
from judge.verdicts import Verdict


def check_reference(run: VerifyRun, problem: Problem, report: Report) -> None:
    """An error when the reference fails or is worse than declared; warnings when its
    classes are better than declared or could not be confirmed."""
    if report.verdict in (Verdict.TOO_SLOW, Verdict.TOO_MUCH_MEMORY) and report.complexity is not None:
        _worse_than_declared(run, problem, report)
    elif not report.verdict.passed:
        _failed(run, problem, report)
    elif report.complexity is not None:
        _unexpected_classes(run, problem, report)


def _worse_than_declared(run: VerifyRun, problem: Problem, report: Report) -> None:
    assert report.complexity is not None
    which, axis = (("time", report.complexity.time) if report.verdict is Verdict.TOO_SLOW
                   else ("space", report.complexity.space))
    run.diag.error(problem.reference, f"the reference's measured {which} complexity is {axis.shown}, worse than "
                   f"the declared {axis.expected} ({axis_message(axis)}).",
                   f"Declare [complexity] {which} = \"{axis.measured}\" in problem.toml, or make the "
                   "reference meet the declared class.")


def _failed(run: VerifyRun, problem: Problem, report: Report) -> None:
    case = report.first_failure
    test_file = _test_file(problem, case.name) if case is not None else None
    where = f" (test file {relative_name(problem.root, test_file)})" if test_file is not None else ""
    run.diag.error(problem.reference, f"the reference gets {report.verdict.label}: {report.reason}{where}.",
                   "Fix the reference (it must pass every test within the limits), or the test.")


def _unexpected_classes(run: VerifyRun, problem: Problem, report: Report) -> None:
    assert report.complexity is not None
    for which, axis in (("time", report.complexity.time), ("space", report.complexity.space)):
        if axis.status == "better":
            run.diag.warning(problem.reference, f"the reference's measured {which} complexity {axis.shown} is "
                             f"better than the declared {axis.expected} (family {axis.family}).",
                             f"If that holds for every input, declare [complexity] {which} = \"{axis.measured}\"; "
                             "otherwise add a generate_<family> with the worst case.")
        elif axis.status == "inconclusive":
            run.diag.warning(problem.reference,
                             f"the reference's {which} complexity could not be confirmed: {axis_message(axis)}.",
                             "Give the phase more room: a larger [scaling] max_n, or verify with a larger --budget.")


def _test_file(problem: Problem, name: str) -> Path | None:
    return next((t.path for t in problem.tests if t.path is not None and t.name == name), None)
