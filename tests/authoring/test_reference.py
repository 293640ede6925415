"""The reference's outcome, from hand-built reports (no processes)."""

from __future__ import annotations

from pathlib import Path

from conftest import write_problem

from judge.authoring.reference import check_reference

from .conftest import made_report, outcome_run


def test_reference_worse_than_declared_is_an_error(tmp_path: Path) -> None:
    run, problem = outcome_run(write_problem(tmp_path))
    check_reference(run, problem, made_report("too_slow", "worse", "O(n^2)"))
    [finding] = run.diag.findings
    assert finding.severity == "error" and "worse than the declared O(n)" in finding.message
    assert 'time = "O(n^2)"' in finding.fix


def test_reference_better_than_declared_is_a_warning(tmp_path: Path) -> None:
    run, problem = outcome_run(write_problem(tmp_path))
    check_reference(run, problem, made_report("accepted", "better", "O(log n)"))
    [finding] = run.diag.findings
    assert finding.severity == "warning" and "better than the declared O(n)" in finding.message
