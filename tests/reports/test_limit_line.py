"""The prediction at the problem's limit, in words (reports.phrases.limit_line)."""

from __future__ import annotations

from judge.report import LimitPrediction
from judge.reports.phrases import limit_line


def test_a_long_time_is_about_so_much() -> None:
    line = limit_line(LimitPrediction(n=100_000, seconds=2400.0, reference_seconds=0.05))
    assert line == ("at n = 100,000 (the problem's limit) this needs about 40 min of CPU time; "
                    "the reference 0.050 s")


def test_a_bound_is_not_about_anything() -> None:
    line = limit_line(LimitPrediction(n=45, seconds=0.0001, reference_seconds=None))
    assert "needs under 1 ms of CPU time" in line and "about" not in line
    assert line.endswith("the reference did not finish within its cap")


def test_the_family_is_named_where_it_is_not_the_time_lines() -> None:
    prediction = LimitPrediction(n=100_000, seconds=120.0, reference_seconds=0.05, family="generate_decreasing")
    assert "on generate_decreasing inputs" in limit_line(prediction, "generate")
    assert "inputs" not in limit_line(prediction, "generate_decreasing")
