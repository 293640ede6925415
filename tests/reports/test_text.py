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


def test_a_count_set_aside_for_cpu_time_is_explained_once_in_the_default_report() -> None:
    from judge.report import ComplexityResult, CpuTimeNote, Report

    note = CpuTimeNote("uncounted", detail="generate", rise=21.3, from_n=512, to_n=2618)
    report = slow()
    assert report.complexity is not None
    report = replace(report, complexity=replace(report.complexity, cpu_time=note))
    for verbose in (False, True):
        text = TextReporter(verbose=verbose).render(report)
        assert text.count("each counted instruction came to cost 21x more CPU time") == 1, text
        assert "between n = 512 and 2,618 (generate)" in text
    saved = Report.from_dict(report.to_dict())  # the JSON report keeps it
    assert isinstance(saved.complexity, ComplexityResult) and saved.complexity.cpu_time == note


def test_a_failed_tests_comment_is_shown_with_it() -> None:
    from .conftest import wrong

    report = wrong()
    failed = replace(report.cases[-1], comment="LeetCode returns the exact count; this problem asks modulo 10^9+7")
    report = replace(report, cases=(*report.cases[:-1], failed))
    text = TextReporter().render(report)
    assert "note      LeetCode returns the exact count; this problem asks modulo 10^9+7" in text
    from judge.reports.summary import failure_details

    assert "note: LeetCode returns the exact count; this problem asks modulo 10^9+7" in failure_details(report)
