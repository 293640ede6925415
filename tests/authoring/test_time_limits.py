"""Time-limit advice, from hand-built reports (no processes)."""

from __future__ import annotations

from pathlib import Path

from conftest import write_problem

from judge.authoring.time_limits import suggest_time_limit

from .conftest import made_report, outcome_run


def test_time_limit_suggestion_when_too_tight(tmp_path: Path) -> None:
    run, problem = outcome_run(write_problem(tmp_path))  # declares time_limit_s = 2.0
    assert suggest_time_limit(run, problem, made_report("accepted", cpu_s=1.3), []) == 3.0
    [finding] = run.diag.findings
    assert "too tight" in finding.message and finding.fix == "Set time_limit_s = 3."


def test_time_limit_fine_when_within_margin(tmp_path: Path) -> None:
    run, problem = outcome_run(write_problem(tmp_path))
    assert suggest_time_limit(run, problem, made_report("accepted", cpu_s=0.02), []) == 1.0
    assert run.diag.findings == []
