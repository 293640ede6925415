"""submissions/<verdict>/: every folder names a verdict, and an unknown one is a finding."""

from __future__ import annotations

from pathlib import Path

from conftest import write_problem

from judge.authoring import verify_problem
from judge.verdicts import Verdict

from .conftest import messages


def test_unknown_submission_folder_is_an_error(tmp_path: Path) -> None:
    root = write_problem(tmp_path)
    (root / "submissions" / "slowish").mkdir(parents=True)
    (root / "submissions" / "slowish" / "x.py").write_text("def sum_list(nums): return sum(nums)\n")
    text = messages(verify_problem(root, run_solutions=False))
    assert "'slowish' is not a verdict verify knows" in text


def test_submission_folders_are_verdicts() -> None:
    """check_submission labels a folder with Verdict(folder).label: every folder must be one."""
    from judge.authoring import SUBMISSION_VERDICTS

    assert [Verdict(v).label for v in SUBMISSION_VERDICTS] == [v.replace("_", " ") for v in SUBMISSION_VERDICTS]


def test_an_accepted_submission_the_phase_could_not_confirm_is_undecided_then_an_error(tmp_path: Path) -> None:
    """A misfiled O(n^2) submission under accepted/ whose time came out inconclusive must not
    pass: it is judged again with more budget, and an error when it stays open."""
    from judge.authoring.submissions import check_submission, undecided

    from .conftest import made_report, outcome_run

    open_report = made_report("accepted", "inconclusive", "O(n^2)")
    assert undecided(open_report, "accepted")
    assert not undecided(made_report("accepted"), "accepted")
    run, _ = outcome_run(write_problem(tmp_path))
    check_submission(run, tmp_path / "slow.py", "accepted", open_report)
    text = "\n".join(f.render() for f in run.diag.findings)
    assert "could not confirm it" in text and "submissions/too_slow/" in text
    run, _ = outcome_run(tmp_path / "sum_list")
    check_submission(run, tmp_path / "fast.py", "accepted", made_report("accepted"))
    assert run.diag.findings == []


def test_quick_verify_runs_every_submission_on_the_tests_alone(tmp_path: Path) -> None:
    """verify --quick (complexity=False): a too_slow submission must still pass the tests, and
    is counted as expected when it does; one that fails them is an error."""
    root = write_problem(tmp_path)
    slow = root / "submissions" / "too_slow"
    slow.mkdir(parents=True)
    (slow / "quadratic.py").write_text(
        "def sum_list(nums):\n    total = 0\n    for i in range(len(nums)):\n"
        "        total = sum(nums[: i + 1])\n    return total\n")
    result = verify_problem(root, complexity=False)
    assert result.ok, messages(result)
    assert [(name, want, r.verdict.value if r else None) for name, want, r in result.submissions] == \
        [("sum_list/submissions/too_slow/quadratic.py", "accepted", "accepted")]
    (slow / "wrong.py").write_text("def sum_list(nums):\n    return sum(nums[1:])\n")
    result = verify_problem(root, complexity=False)
    assert not result.ok and "gets wrong answer" in messages(result)
