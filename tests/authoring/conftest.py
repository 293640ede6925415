"""Helpers for the authoring tests: finding text, and hand-built reports for the outcome checks."""

from __future__ import annotations

from pathlib import Path

from judge.authoring.run import VerifyRun
from judge.problem.diagnostics import Diagnostics
from judge.problem.loader import load_problem
from judge.problem.model import Problem
from judge.report import AxisResult, CaseResult, ComplexityResult, Report
from judge.verdicts import Verdict


def messages(result: object) -> str:
    from judge.authoring import VerifyResult

    assert isinstance(result, VerifyResult)
    return "\n".join(f.render() for f in result.findings)


def outcome_run(root: Path) -> tuple[VerifyRun, Problem]:
    return VerifyRun(root, Diagnostics(root), lambda message: None), load_problem(root)


def made_report(verdict: str, time_status: str = "ok", measured: str = "O(n)", cpu_s: float = 0.01) -> Report:
    """A report as judging would return it, without running anything."""

    def axis(expected: str, got: str, status: str) -> AxisResult:
        return AxisResult(expected=expected, measured=got, plausible=(got,), status=status, confidence=0.9,
                          reason="unstated", family="generate", points=())

    complexity = ComplexityResult(time=axis("O(n)", measured, time_status), space=axis("O(1)", "O(1)", "ok"),
                                  sizes=(8, 16), seconds=1.0)
    case = CaseResult("example_1", "example", Verdict.ACCEPTED, cpu_s=cpu_s)
    reason = "" if verdict == "accepted" else f"time grows like {measured}, expected O(n)"
    return Report(problem="sum_list", title="", solution="x.py", verdict=Verdict(verdict), cases=(case,),
                  complexity=complexity, reason=reason)
