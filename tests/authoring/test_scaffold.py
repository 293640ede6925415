"""`judge new`: the scaffold is complete, runs as written, and never overwrites a folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli

from judge.authoring import new_problem, verify_problem
from judge.errors import UsageError

from .conftest import messages


def test_new_writes_a_complete_folder(tmp_path: Path) -> None:
    result = run_cli("new", "max_index", "--problems-dir", tmp_path)
    assert result.exit_code == 0, result.output
    root = tmp_path / "max_index"
    for name in ("problem.toml", "statement.md", "reference.py", "generator.py", "checker.py",
                 "tests/example_1.json", "submissions/accepted/builtin_max.py"):
        assert (root / name).is_file(), name
    assert 'entry = "max_index"' in (root / "problem.toml").read_text()
    assert "def max_index(" in (root / "reference.py").read_text()


def test_new_scaffold_passes_the_fast_checks(tmp_path: Path) -> None:
    root = new_problem("max_index", tmp_path)
    result = verify_problem(root, run_solutions=False)
    assert result.findings == (), messages(result)


def test_new_refuses_to_overwrite(tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    result = run_cli("new", "taken", "--problems-dir", tmp_path)
    assert result.exit_code == 2 and result.exception is None
    assert "already exists" in result.stderr


@pytest.mark.parametrize("slug", ["Two-Sum", "1abc", "class", ""])
def test_new_rejects_bad_slugs(tmp_path: Path, slug: str) -> None:
    with pytest.raises(UsageError):
        new_problem(slug, tmp_path)


@pytest.mark.slow
def test_new_then_verify_passes(tmp_path: Path) -> None:
    run_cli("new", "max_index", "--problems-dir", tmp_path)
    result = run_cli("verify", tmp_path / "max_index", "--budget", "12")
    assert result.exit_code == 0, result.output
    assert "max_index: OK" in result.stdout
    assert "3/3 submissions as expected" in result.stdout
