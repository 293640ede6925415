"""The text reporter over hand-built reports."""

from __future__ import annotations

from dataclasses import replace

from judge.reports.text import TextReporter

from .conftest import complexity, slow


def test_a_long_measured_class_keeps_the_expected_column_aligned() -> None:
    report = slow()
    assert report.complexity is not None
    wide = replace(report.complexity.time, measured="O(n^2)", plausible=("O(n^2)", "O(n^2 log n)"))
    report = replace(report, complexity=replace(complexity("worse", "O(n^2)"), time=wide))
    lines = [line for line in TextReporter().render(report).splitlines() if line.startswith(("Time", "Space"))]
    assert "O(n^2) or O(n^2 log n)" in lines[0]
    assert len({line.index("expected") for line in lines}) == 1
