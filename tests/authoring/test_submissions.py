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
