from __future__ import annotations

from pathlib import Path

import pytest

from judge.batch import Unmatched
from judge.report import Report
from judge.reports.github import GithubReporter, escape_data, escape_property, in_github_actions

from .conftest import accepted


def test_only_non_accepted_solutions_are_annotated(entries: list[Report | Unmatched]) -> None:
    lines = GithubReporter().annotations(entries)
    assert len(lines) == 4
    assert all(line.startswith("::error file=solutions/") for line in lines)
    assert not any("sum_list.py," in line for line in lines)


def test_annotation_format_and_escaping(entries: list[Report | Unmatched]) -> None:
    wrong_line = GithubReporter().annotations(entries)[0]
    head, message = wrong_line[len("::error "):].split("::", 1)
    props = dict(p.split("=", 1) for p in head.split(","))
    assert props["file"] == "solutions/sum_list_wrong.py"
    assert props["title"] == "judge%3A wrong answer (sum_list)"
    assert "\n" not in message and "%0A" in message
    assert "expected: 100" in message


def props(line: str) -> dict[str, str]:
    head = line[len("::error "):].split("::", 1)[0]
    return dict(p.split("=", 1) for p in head.split(","))


def test_crash_annotation_points_at_the_line(entries: list[Report | Unmatched]) -> None:
    crash = GithubReporter().annotations(entries)[2]
    assert props(crash)["line"] == "3"
    assert props(crash)["file"] == "solutions/sum_list_crash.py"


def test_escape_functions() -> None:
    assert escape_data("50%\r\nx") == "50%25%0D%0Ax"
    assert escape_property("a:b,c") == "a%3Ab%2Cc"


def test_summary_table_appended(entries: list[Report | Unmatched], tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    target.write_text("earlier step\n", encoding="utf-8")
    GithubReporter().append_summary(entries, target, seconds=20)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## Judge results")
    assert "**1 of 5 accepted**" in text
    assert "| ✅ | `solutions/sum_list.py` | sum_list | accepted | 2/2 | O(n) / O(n) | O(1) / O(1) | 4.5 |" in text
    assert "not judged" in text and "### Not accepted" in text


def test_no_summary_file_means_nothing_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    assert GithubReporter().append_summary([accepted()]) is None


def test_detects_github_actions() -> None:
    assert in_github_actions({"GITHUB_ACTIONS": "true"})
    assert not in_github_actions({})
