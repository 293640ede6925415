"""Judging the reference and the submissions, with judge_solution faked (no processes)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import write_problem

from judge.authoring.judging import JudgeSettings, judge_all
from judge.report import Report
from judge.verdicts import Verdict

from .conftest import made_report, outcome_run


def test_an_undecided_limit_submission_is_judged_again_with_more_budget(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """At 8 s a counted O(n^3) ladder can stop at n = 64, too short to confirm it: "inconclusive"
    is too little evidence, not a misfiled submission, so verify gives it 16 s once."""
    import judge.api

    root = write_problem(tmp_path)
    budgets: list[tuple[str, float]] = []

    def fake_judge(path: Path, options: Any, complexity_gate: Any = None) -> Report:
        budgets.append((Path(path).name, options.budget_s))
        if Path(path).name == "slow.py" and options.budget_s < 16:
            return made_report("accepted", "inconclusive", "O(n^2)")
        if Path(path).name == "slow.py":
            return made_report("too_slow", "worse", "O(n^2)")
        return made_report("accepted")

    monkeypatch.setattr(judge.api, "judge_solution", fake_judge)
    run, problem = outcome_run(root)
    submissions = [(root / "slow.py", "too_slow"), (root / "fine.py", "accepted")]
    reference, judged = judge_all(run, problem, submissions, JudgeSettings(budget_s=8.0, seed=0, jobs=1))
    assert reference is not None and reference.verdict is Verdict.ACCEPTED
    assert [(path.name, report.verdict.value) for path, _, report in judged if report is not None] == [
        ("slow.py", "too_slow"), ("fine.py", "accepted")]
    assert sorted(budgets) == [("fine.py", 8.0), ("reference.py", 15.0), ("slow.py", 8.0), ("slow.py", 16.0)]
