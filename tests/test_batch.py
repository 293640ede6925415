"""`judge grade`: every file judged or reported, all outputs written, exit code, no overlap
of complexity phases. Runs with --no-complexity (fast) except the overlap test, which
replaces the phase with a stub that only records concurrency."""

from __future__ import annotations

import json
import threading
import time
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from conftest import BUGGY_SOLUTION, GOOD_SOLUTION, run_cli, write_problem, write_solution

from judge.api import Options
from judge.batch import Unmatched, collect_solutions, grade
from judge.errors import UsageError
from judge.report import Report


@pytest.fixture
def classroom(tmp_path: Path) -> tuple[Path, Path]:
    problems = tmp_path / "problems"
    write_problem(problems)
    solutions = tmp_path / "solutions"
    write_solution(solutions, GOOD_SOLUTION, "sum_list.py")
    write_solution(solutions, BUGGY_SOLUTION, "sum_list_buggy.py")
    # Named after no problem and defining no problem's entry: nothing says what it solves.
    write_solution(solutions, GOOD_SOLUTION.replace("sum_list", "total"), "mystery.py")
    write_solution(solutions, "", "__init__.py")
    write_solution(solutions / ".hidden", GOOD_SOLUTION, "sum_list.py")
    return problems, solutions


def test_collect_skips_package_files_and_hidden_folders(classroom: tuple[Path, Path]) -> None:
    _, solutions = classroom
    assert [p.name for p in collect_solutions([solutions])] == ["mystery.py", "sum_list.py", "sum_list_buggy.py"]
    with pytest.raises(UsageError):
        collect_solutions([solutions / "missing"])


def test_grade_writes_every_output_and_exits_1(classroom: tuple[Path, Path], tmp_path: Path) -> None:
    problems, solutions = classroom
    out = tmp_path / "out"
    out.mkdir()
    summary = tmp_path / "step_summary.md"
    result = run_cli("grade", solutions, "--problems-dir", problems, "--no-complexity", "--jobs", "2",
                     "--junit", out / "junit.xml", "--json", out / "report.json", "--html", out / "report.html",
                     env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert result.exception is None, result.exception
    assert result.exit_code == 1, result.output
    # the summary table, with the unmatched file named rather than skipped
    assert "sum_list_buggy.py" in result.stdout and "wrong answer" in result.stdout
    assert "mystery.py" in result.stdout and "not judged" in result.stdout
    assert "3 solutions: 1 accepted, 1 not accepted, 1 not judged" in result.stdout

    suite = ET.parse(out / "junit.xml").getroot().find("testsuite")
    assert suite is not None and suite.get("tests") == "3"
    assert suite.get("failures") == "1" and suite.get("errors") == "1"

    data = json.loads((out / "report.json").read_text())
    assert [Path(e["solution"]).name for e in data] == ["mystery.py", "sum_list.py", "sum_list_buggy.py"]
    assert data[0]["verdict"] is None and "mystery.py" in data[0]["error"]["message"]
    assert [e["verdict"] for e in data[1:]] == ["accepted", "wrong_answer"]
    assert Report.from_dict(data[2]).first_failure is not None  # the array holds real reports

    page = (out / "report.html").read_text()
    assert "<table>" in page and "sum_list_buggy.py" in page and "not judged" in page

    annotations = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert len(annotations) == 2
    assert "## Judge results" in summary.read_text()


def test_all_accepted_exits_0(classroom: tuple[Path, Path]) -> None:
    problems, solutions = classroom
    result = run_cli("grade", solutions / "sum_list.py", "--problems-dir", problems, "--no-complexity")
    assert result.exit_code == 0, result.output
    assert "::error" not in result.stdout  # not under GitHub Actions


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("grade", tmp_path / "nowhere", "--no-complexity")
    assert result.exit_code == 2 and result.exception is None
    assert "does not exist" in result.stderr


def test_complexity_phases_never_overlap(classroom: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    problems, solutions = classroom
    for i in range(4):
        write_solution(solutions, GOOD_SOLUTION, f"sum_list_copy{i}.py")
    active = 0
    most = 0
    lock = threading.Lock()

    def fake_phase(report: Report, *args: Any, **kwargs: Any) -> Report:
        nonlocal active, most
        with lock:
            active += 1
            most = max(most, active)
        time.sleep(0.2)
        with lock:
            active -= 1
        return replace(report, warnings=("stub phase",))

    import judge.judging.complexity_phase

    monkeypatch.setattr(judge.judging.complexity_phase, "judge_complexity", fake_phase)
    result = grade([solutions], Options(problems_dirs=(problems,)), jobs=4)
    assert most == 1
    assert len(result.reports) == 6 and len(result.unmatched) == 1
    assert isinstance(result.entries[0], Unmatched)
    assert all(r.warnings == ("stub phase",) for r in result.reports if r.verdict.passed)
    assert not result.all_accepted


def test_output_folders_are_created_and_bad_paths_fail_before_grading(tmp_path: Path) -> None:
    from judge.cli import ensure_writable
    from judge.errors import UsageError

    target = tmp_path / "new" / "folder" / "junit.xml"
    ensure_writable(target, None)
    assert target.parent.is_dir()
    with pytest.raises(UsageError, match="cannot write"):
        ensure_writable(Path("/proc/no-such-dir/junit.xml"))


def test_an_internal_error_on_one_solution_is_that_solutions_failure(classroom: tuple[Path, Path],
                                                                      monkeypatch: pytest.MonkeyPatch,
                                                                      tmp_path: Path) -> None:
    """Whatever breaks while one file is judged, the others are judged and every output is
    complete: the broken one is an entry of its own."""
    problems, solutions = classroom

    def exploding_phase(report: Report, *args: Any, **kwargs: Any) -> Report:
        if report.solution.endswith("sum_list.py"):
            raise ValueError("a frame the judge could not digest")
        return report

    import judge.judging.complexity_phase

    monkeypatch.setattr(judge.judging.complexity_phase, "judge_complexity", exploding_phase)
    result = grade([solutions], Options(problems_dirs=(problems,)), jobs=2)
    broken = [e for e in result.unmatched if e.kind == "InternalError"]
    assert len(broken) == 1 and "a frame the judge could not digest" in broken[0].message
    assert len(result.reports) == 1  # the buggy solution still got its verdict
    out = run_cli("grade", str(solutions), "--problems-dir", str(problems), "--junit", str(tmp_path / "j.xml"),
                  "--json", str(tmp_path / "r.json"), "--no-complexity", cwd=tmp_path)
    assert out.exit_code == 1
    assert len(json.loads((tmp_path / "r.json").read_text())) == 3
    assert ET.parse(tmp_path / "j.xml").getroot() is not None


def test_a_report_that_cannot_be_saved_is_that_solutions_failure(classroom: tuple[Path, Path],
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 tmp_path: Path) -> None:
    """A report no format can render (once: an answer 600 lists deep) fails its own file,
    found while grading, so the JSON, JUnit and HTML outputs still hold every other file."""
    problems, solutions = classroom
    from judge.report import CaseResult

    original = CaseResult.to_dict

    def fragile(case: CaseResult) -> dict[str, Any]:
        if case.actual == 101:  # the buggy solution's wrong answer
            raise RecursionError("maximum recursion depth exceeded")
        return original(case)

    monkeypatch.setattr(CaseResult, "to_dict", fragile)
    out = run_cli("grade", str(solutions), "--problems-dir", str(problems), "--json", str(tmp_path / "r.json"),
                  "--junit", str(tmp_path / "j.xml"), "--html", str(tmp_path / "r.html"), "--no-complexity",
                  cwd=tmp_path)
    assert out.exit_code == 1, out.output
    saved = json.loads((tmp_path / "r.json").read_text())
    assert len(saved) == 3
    broken = [e for e in saved if e.get("verdict") is None and "RecursionError" in json.dumps(e)]
    assert len(broken) == 1 and "sum_list_buggy.py" in broken[0]["solution"]
