"""End to end through real workers: a handful of clear-cut cases with wide margins (slow)."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.api import Options, judge_solution
from judge.verdicts import Verdict

ROOT = Path(__file__).resolve().parents[2]
SOLUTIONS = ROOT / "solutions"

pytestmark = pytest.mark.slow


def judged(name: str, budget: float = 8.0):  # type: ignore[no-untyped-def]
    return judge_solution(SOLUTIONS / name, Options(budget_s=budget))


def test_linear_hash_map_solution_is_accepted_as_linear() -> None:
    report = judged("two_sum.py")
    assert report.verdict is Verdict.ACCEPTED, report.reason
    assert report.complexity is not None
    assert "O(n)" in report.complexity.time.plausible
    assert report.complexity.time.status == "ok"


def test_quadratic_brute_force_is_too_slow_and_says_by_how_much() -> None:
    report = judged("two_sum_brute.py")
    assert report.verdict is Verdict.TOO_SLOW
    assert report.complexity is not None
    time = report.complexity.time
    assert time.status == "worse" and time.measured in ("O(n^2)", "O(n^2 log n)")
    assert time.slowdown is not None and time.slowdown >= 3 and time.at_n is not None
    assert len(time.points) >= 10 and all(n > 0 and v >= 0 for n, v in time.points)


def test_logarithmic_search_is_not_mistaken_for_constant_or_linear() -> None:
    report = judged("binary_search.py")
    assert report.verdict is Verdict.ACCEPTED, report.reason
    assert report.complexity is not None
    assert report.complexity.time.measured == "O(log n)"


def test_constant_space_linear_time_scan() -> None:
    report = judged("max_profit.py")
    assert report.verdict is Verdict.ACCEPTED, report.reason
    assert report.complexity is not None
    assert report.complexity.space.measured == "O(1)"
    assert report.complexity.time.measured in ("O(n)", "O(n log n)")
