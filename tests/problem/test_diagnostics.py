"""Diagnostics: every finding collected, named relative to the problems folder, rendered at once."""

from __future__ import annotations

from pathlib import Path

from judge.errors import ProblemFormatError
from judge.problem.diagnostics import Diagnostics, Finding


def test_finding_render() -> None:
    assert Finding("error", "p/problem.toml", "is broken.", "Fix it.").render() == \
        "error: p/problem.toml: is broken. Fix: Fix it."
    assert Finding("warning", "p/x", "odd.").render() == "warning: p/x: odd."


def test_files_are_named_relative_to_the_parent_of_the_root(tmp_path: Path) -> None:
    root = tmp_path / "sum_list"
    diag = Diagnostics(root)
    diag.error(root / "tests" / "01.json", "bad.")
    diag.error(root, "whole folder.")
    diag.error("/elsewhere/file.py", "outside.")
    assert [f.file for f in diag.findings] == ["sum_list/tests/01.json", "sum_list", "/elsewhere/file.py"]


def test_errors_and_warnings_are_kept_in_order(tmp_path: Path) -> None:
    diag = Diagnostics(tmp_path / "p")
    diag.warning(tmp_path / "p" / "a", "first.")
    diag.error(tmp_path / "p" / "b", "second.", "Do this.")
    diag.error(tmp_path / "p" / "c", "third.")
    assert [f.message for f in diag.findings] == ["first.", "second.", "third."]
    assert [f.message for f in diag.errors] == ["second.", "third."]
    assert [f.message for f in diag.warnings] == ["first."]


def test_render_lists_every_finding_with_a_count(tmp_path: Path) -> None:
    root = tmp_path / "p"
    diag = Diagnostics(root)
    diag.error(root / "problem.toml", "one.")
    assert diag.render().splitlines()[0] == f"problem folder {root} has 1 error:"
    diag.error(root / "reference.py", "two.", "Fix two.")
    diag.warning(root / "statement.md", "three.")
    lines = diag.render().splitlines()
    assert lines[0] == f"problem folder {root} has 2 errors:"
    assert lines[1:] == [
        "  error: p/problem.toml: one.",
        "  error: p/reference.py: two. Fix: Fix two.",
        "  warning: p/statement.md: three.",
    ]


def test_problem_format_error_carries_the_diagnostics(tmp_path: Path) -> None:
    diag = Diagnostics(tmp_path / "p")
    diag.error(tmp_path / "p" / "generator.py", "is missing.")
    error = ProblemFormatError(diag)
    assert error.diagnostics is diag
    assert str(error) == diag.render()
    assert error.exit_code == 2
