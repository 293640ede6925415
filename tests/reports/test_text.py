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


def test_declared_notes_say_what_a_declared_form_is_in_n() -> None:
    from judge.reports.phrases import declared_notes

    assert declared_notes("O(n)", "O(n)", "O(1)", "O(1)") == ()
    assert declared_notes("O(1) per operation", "O(n)", "O(n)", "O(n)") == (
        "time is measured over n operations: O(1) per operation is O(n) for n operations",)
    both = "O(m * n) with m = sqrt n, n = sqrt n"
    assert declared_notes(both, "O(n)", both, "O(n)") == (f"time and space {both}: O(n) in the size n the judge grows",)
    assert declared_notes("O(V + E) with V = n", "O(n)", "O(V) with V = n", "O(n)") == (
        "time O(V + E) with V = n: O(n) in the size n the judge grows",
        "space O(V) with V = n: O(n) in the size n the judge grows")
