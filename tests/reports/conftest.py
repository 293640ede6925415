"""Report values built by hand for the reporter tests: no processes, no timing."""

from __future__ import annotations

import pytest

from judge.batch import Unmatched
from judge.complexity.status import Status
from judge.report import AxisReason, AxisResult, CaseResult, ComplexityResult, Curve, Report
from judge.verdicts import Verdict

SIZES = (8, 16, 32, 64, 128, 256)
REASONS: dict[Status, AxisReason] = {"ok": "as_expected", "better": "faster", "worse": "slower_confirmed",
                                     "inconclusive": "cannot_place"}


def axis(expected: str = "O(n)", measured: str = "O(n)", status: Status = "ok", unit: str = "s",
         slope: float = 1e-7) -> AxisResult:
    points = tuple((n, slope * n) for n in SIZES) + tuple((n, slope * n * 1.05) for n in SIZES)
    top = SIZES[-1]
    curves = (Curve(measured, 0.0, slope * top, top), Curve("O(n log n)", 1e-9, slope * top, top))
    return AxisResult(expected=expected, measured=measured, plausible=(measured,), status=status, confidence=0.9,
                      reason=REASONS[status], family="generate", points=points, runner_up="O(n log n)",
                      curves=curves, unit=unit)


def complexity(time_status: Status = "ok", time_measured: str = "O(n)") -> ComplexityResult:
    return ComplexityResult(time=axis(measured=time_measured, status=time_status),
                            space=axis(expected="O(1)", measured="O(1)", unit="bytes", slope=4.0),
                            sizes=SIZES, seconds=3.2)


def case(name: str, verdict: Verdict = Verdict.ACCEPTED, **kw: object) -> CaseResult:
    return CaseResult(name=name, group="example" if name.startswith("example") else "hidden", verdict=verdict,
                      input={"nums": [1, 2, 3]}, expected=6, actual=6, **kw)  # type: ignore[arg-type]


def accepted(solution: str = "solutions/sum_list.py") -> Report:
    return Report(problem="sum_list", title="Sum of a List", solution=solution, verdict=Verdict.ACCEPTED,
                  cases=(case("example_1"), case("01_empty")), complexity=complexity(), seconds=4.5,
                  expected_time="O(n)", expected_space="O(1)")


def wrong(solution: str = "solutions/sum_list_wrong.py") -> Report:
    bad = CaseResult(name="02_no_output", group="hidden", verdict=Verdict.WRONG_ANSWER, reason="",
                     input={"nums": [10, 20, 30, 40]}, expected=100, actual=101)
    return Report(problem="sum_list", title="Sum of a List", solution=solution, verdict=Verdict.WRONG_ANSWER,
                  reason="test 02_no_output", cases=(case("example_1"), bad), seconds=0.4,
                  expected_time="O(n)", expected_space="O(1)")


def slow(solution: str = "solutions/sum_list_slow.py") -> Report:
    return Report(problem="sum_list", title="Sum of a List", solution=solution, verdict=Verdict.TOO_SLOW,
                  reason="time grows like O(n^2), expected O(n)", cases=(case("example_1"),),
                  complexity=complexity("worse", "O(n^2)"), seconds=9.0,
                  expected_time="O(n)", expected_space="O(1)")


def crashed(solution: str = "solutions/sum_list_crash.py") -> Report:
    bad = CaseResult(name="example_1", group="example", verdict=Verdict.RUNTIME_ERROR, reason="ZeroDivisionError: x",
                     input={"nums": [1]}, error={"type": "ZeroDivisionError", "message": "x", "line": 3,
                                                 "source": "return 1 / 0"})
    return Report(problem="sum_list", title="Sum of a List", solution=solution, verdict=Verdict.RUNTIME_ERROR,
                  reason="test example_1: ZeroDivisionError: x", cases=(bad,), seconds=0.2)


def unmatched(solution: str = "solutions/mystery.py") -> Unmatched:
    return Unmatched(solution, "cannot tell which problem mystery.py solves. Name the file after the problem.")


@pytest.fixture
def entries() -> list[Report | Unmatched]:
    return [accepted(), wrong(), slow(), crashed(), unmatched()]
